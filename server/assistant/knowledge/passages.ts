/** One self-contained section of the support guide (a `###` heading and its text). */
export interface Passage {
  /** Stable id: the heading as a slug, e.g. "the-30-day-return-policy". */
  id: string;
  /** The `##` section it belongs to, e.g. "Returns and refunds". */
  section: string;
  /** The `###` heading. */
  title: string;
  /** The passage's Markdown body (without the heading and its questions): what may be quoted to a shopper. */
  text: string;
  /**
   * Example questions the passage answers, as shoppers type them (typos and all), from its
   * `Questions:` line. They help retrieval find the passage and are never quoted.
   */
  questions: string[];
}

/** A passage retrieved for a query, with its relevance (higher is better). */
export interface RankedPassage extends Passage {
  score: number;
}

/** The support guide, searchable: built once at start from data/support-guide.md. */
export interface Knowledge {
  readonly passages: readonly Passage[];
  /** The `k` passages most relevant to `query`, best first (none when nothing matches). */
  search(query: string, k?: number): RankedPassage[];
}
