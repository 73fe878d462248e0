/** The file a model directory holds. Apart from the loader so that the CLI can name it without loading the model. */
export const MODEL_FILE_NAMES = ['threatmodel.yaml', 'threatmodel.yml', 'stridebench.yaml', 'stridebench.yml'];
