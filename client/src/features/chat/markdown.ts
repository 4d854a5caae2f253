/**
 * The Markdown subset the assistant may use (docs/ARCHITECTURE.md §6: model output is shown as text,
 * never as HTML): paragraphs, line breaks, **bold**, *italic*, `code`, `-` and `1.` lists, and
 * links to same-site paths. The result is a tree the renderer turns into DOM nodes one by one;
 * everything else, HTML and images included, stays literal text.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

/**
 * A path on this site: one leading slash (not `//host`), no backslash (browsers read `/\host`
 * as another host), no scheme, no spaces or quotes.
 */
const SAME_SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/?=&#%+]*$/;
export const isSameSitePath = (href: string): boolean => SAME_SITE_PATH.test(href);

/** Bare shop paths in running text become links too ("see /products/vision-go"). */
const BARE_PATH = /^\/(?:products|policies|orders)\/[A-Za-z0-9][A-Za-z0-9-]*/;
const ESCAPABLE = /[\\`*_[\]()#+\-.!]/;

function pushText(out: Inline[], text: string): void {
  const last = out.at(-1);
  if (last?.type === 'text') last.text += text;
  else if (text) out.push({ type: 'text', text });
}

/** `[label](href)` at `start`: its parts and where it ends, or null. */
function readLink(s: string, start: number): { label: string; href: string; end: number } | null {
  let depth = 0;
  let close = -1;
  for (let i = start; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0 || s[close + 1] !== '(') return null;
  const end = s.indexOf(')', close + 2);
  if (end < 0) return null;
  return { label: s.slice(start + 1, close), href: s.slice(close + 2, end).trim(), end: end + 1 };
}

/** Emphasis closed by `marker` after `from`, with something other than space just inside. */
function findClose(s: string, marker: string, from: number): number {
  let at = s.indexOf(marker, from);
  while (at >= 0) {
    if (at > from && s[at - 1] !== ' ' && s[from] !== ' ') return at;
    at = s.indexOf(marker, at + 1);
  }
  return -1;
}

export function parseInline(s: string, inLink = false): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) {
      pushText(out, s[i + 1]!);
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > i + 1) {
        out.push({ type: 'code', text: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (s.startsWith('**', i)) {
      const end = findClose(s, '**', i + 2);
      if (end > 0) {
        out.push({ type: 'strong', children: parseInline(s.slice(i + 2, end), inLink) });
        i = end + 2;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const end = findClose(s, ch, i + 1);
      // `_` only between words' edges, so snake_case_names stay text.
      const wordInside = ch === '_' && /\w/.test(s[i - 1] ?? '');
      if (end > 0 && !wordInside && s[end + 1] !== ch) {
        out.push({ type: 'em', children: parseInline(s.slice(i + 1, end), inLink) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[' && !inLink) {
      const link = readLink(s, i);
      if (link) {
        if (isSameSitePath(link.href)) {
          out.push({ type: 'link', href: link.href, children: parseInline(link.label, true) });
        } else {
          pushText(out, s.slice(i, link.end));
        }
        i = link.end;
        continue;
      }
    }
    if (ch === '/' && !inLink && !/[\w/.:]/.test(s[i - 1] ?? '')) {
      const bare = BARE_PATH.exec(s.slice(i));
      if (bare) {
        out.push({ type: 'link', href: bare[0], children: [{ type: 'text', text: bare[0] }] });
        i += bare[0].length;
        continue;
      }
    }
    pushText(out, ch);
    i++;
  }
  return out;
}

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

/** Lines of one paragraph joined with line breaks. */
function paragraph(lines: string[]): Block {
  const children: Inline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ type: 'br' });
    children.push(...parseInline(line.trim()));
  });
  return { type: 'paragraph', children };
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let list: Extract<Block, { type: 'list' }> | null = null;
  const flush = () => {
    if (lines.length) blocks.push(paragraph(lines));
    if (list) blocks.push(list);
    lines = [];
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (!line.trim()) {
      flush();
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (lines.length || (list && list.ordered !== ordered)) flush();
      list ??= { type: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      list.items.push(parseInline((bullet ? bullet[1] : numbered![2])!.trim()));
    } else if (list && /^\s{2,}/.test(line)) {
      // An indented line continues the list item above it.
      const item = list.items.at(-1)!;
      item.push({ type: 'br' }, ...parseInline(line.trim()));
    } else {
      if (list) flush();
      lines.push(line);
    }
  }
  flush();
  return blocks;
}

function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => (n.type === 'text' || n.type === 'code' ? n.text : n.type === 'br' ? ' ' : inlineText(n.children)))
    .join('');
}

/** The words of a message without its markers, for a screen reader announcement. */
export function toPlainText(source: string): string {
  return parseMarkdown(source)
    .map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.items.map(inlineText).join('; ')))
    .join(' ')
    .trim();
}
