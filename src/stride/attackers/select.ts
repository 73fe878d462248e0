import type { ResolvedModel } from '../../model/model.js';
import { matchesComponent } from '../predicate.js';
import { ATTACKER_LIBRARY, libraryAttacker } from './library.js';

export interface Attacker {
  id: string;
  name: string;
  description?: string;
  motivation?: string;
  goals: string[];
  methods: string[];
  /** `library` when inferred or picked from the built-in library, `model` when the model defines it. */
  source: 'library' | 'model';
  /** Why an inferred profile applies. */
  reason?: string;
}

/** The model's own attackers and library picks; when it names none, the library profiles relevant to it. */
export function selectAttackers(model: ResolvedModel): Attacker[] {
  if (model.attackers.length > 0) {
    return model.attackers.flatMap((a): Attacker[] => {
      if (a.use !== undefined) {
        const p = libraryAttacker(a.use);
        return p ? [{ ...fromProfile(p), ...(a.description ? { description: a.description } : {}) }] : [];
      }
      return [
        {
          id: a.id ?? '',
          name: a.name ?? '',
          description: a.description,
          motivation: a.motivation,
          goals: a.goals ?? [],
          methods: a.methods ?? [],
          source: 'model',
        },
      ];
    });
  }
  const ctx = { components: model.components };
  return ATTACKER_LIBRARY.filter((p) => model.components.some((c) => matchesComponent(p.relevantWhen, c, ctx))).map(
    (p) => ({ ...fromProfile(p), reason: p.reason }),
  );
}

function fromProfile(p: (typeof ATTACKER_LIBRARY)[number]): Attacker {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    motivation: p.motivation,
    goals: [...p.goals],
    methods: [...p.methods],
    source: 'library',
  };
}
