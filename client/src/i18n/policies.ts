import { locale, type Locale } from './index.js';

export const POLICY_SLUGS = ['shipping', 'warranty', 'privacy', 'terms'] as const;
export type PolicySlug = (typeof POLICY_SLUGS)[number];

/** A paragraph, a bullet list, numbered steps, or a small table. */
export type PolicyBlock =
  | string
  | { list: readonly string[] }
  | { steps: readonly string[] }
  | { table: { caption: string; head: readonly string[]; rows: readonly (readonly string[])[] } };

export interface PolicySection {
  id: string;
  heading: string;
  blocks: readonly PolicyBlock[];
}

export interface PolicyDoc {
  title: string;
  /** ISO date of the last change. */
  updated: string;
  summary: string;
  sections: readonly PolicySection[];
}

type Loader = () => Promise<{ policy: PolicyDoc }>;

// Each policy is its own chunk: the text is long and only its page needs it.
const loaders: Record<Locale, Record<PolicySlug, Loader>> = {
  en: {
    shipping: () => import('./en/policies/shipping.js'),
    warranty: () => import('./en/policies/warranty.js'),
    privacy: () => import('./en/policies/privacy.js'),
    terms: () => import('./en/policies/terms.js'),
  },
  fr: {
    shipping: () => import('./fr/policies/shipping.js'),
    warranty: () => import('./fr/policies/warranty.js'),
    privacy: () => import('./fr/policies/privacy.js'),
    terms: () => import('./fr/policies/terms.js'),
  },
  de: {
    shipping: () => import('./de/policies/shipping.js'),
    warranty: () => import('./de/policies/warranty.js'),
    privacy: () => import('./de/policies/privacy.js'),
    terms: () => import('./de/policies/terms.js'),
  },
  es: {
    shipping: () => import('./es/policies/shipping.js'),
    warranty: () => import('./es/policies/warranty.js'),
    privacy: () => import('./es/policies/privacy.js'),
    terms: () => import('./es/policies/terms.js'),
  },
};

export function isPolicySlug(value: string): value is PolicySlug {
  return (POLICY_SLUGS as readonly string[]).includes(value);
}

export async function loadPolicy(slug: PolicySlug): Promise<PolicyDoc> {
  const module = await loaders[locale()][slug]();
  return module.policy;
}
