// The diagram comes from our own renderer with escaped labels, but it is still parsed as data: an SVG document of its
// own (DOMParser, image/svg+xml, where nothing runs), cleaned, and imported node by node.

const DROP = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'style', 'animate', 'set', 'handler']);

export function parseDiagram(svgText: string): SVGSVGElement | undefined {
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) return undefined;
  sanitise(root);
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

function sanitise(el: Element): void {
  for (const child of [...el.children]) {
    if (DROP.has(child.localName.toLowerCase())) child.remove();
    else sanitise(child);
  }
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    const local = attr.localName.toLowerCase();
    const value = attr.value.trim();
    if (name.startsWith('on') || name === 'style') el.removeAttributeNode(attr);
    else if ((local === 'href' || local === 'src' || local === 'action') && !value.startsWith('#'))
      el.removeAttributeNode(attr);
  }
}
