import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isSameSitePath, parseInline, parseMarkdown, toPlainText, type Block, type Inline } from './markdown.js';

const text = (t: string): Inline => ({ type: 'text', text: t });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

const inlineCases: { name: string; input: string; out: Inline[] }[] = [
  { name: 'plain text', input: 'Hello there', out: [text('Hello there')] },
  {
    name: 'bold',
    input: 'It is **water resistant**.',
    out: [text('It is '), { type: 'strong', children: [text('water resistant')] }, text('.')],
  },
  {
    name: 'italic with *',
    input: 'an *easy* fix',
    out: [text('an '), { type: 'em', children: [text('easy')] }, text(' fix')],
  },
  { name: 'italic with _', input: '_really_', out: [{ type: 'em', children: [text('really')] }] },
  { name: 'snake_case stays text', input: 'set wifi_calling_mode', out: [text('set wifi_calling_mode')] },
  {
    name: 'bold holding italic',
    input: '**a *b* c**',
    out: [{ type: 'strong', children: [text('a '), { type: 'em', children: [text('b')] }, text(' c')] }],
  },
  {
    name: 'code is literal',
    input: 'type `**not bold**`',
    out: [text('type '), { type: 'code', text: '**not bold**' }],
  },
  { name: 'an unclosed marker stays text', input: '5 * 3 and **open', out: [text('5 * 3 and **open')] },
  { name: 'escaped marker', input: '\\*literal\\*', out: [text('*literal*')] },
  {
    name: 'same-site link',
    input: 'See [the Vision Go](/products/vision-go).',
    out: [text('See '), { type: 'link', href: '/products/vision-go', children: [text('the Vision Go')] }, text('.')],
  },
  {
    name: 'policy link with anchor',
    input: '[returns](/policies/shipping#returns)',
    out: [{ type: 'link', href: '/policies/shipping#returns', children: [text('returns')] }],
  },
  {
    name: 'bold link text',
    input: '[**Order VX-12**](/orders/VX-12)',
    out: [{ type: 'link', href: '/orders/VX-12', children: [{ type: 'strong', children: [text('Order VX-12')] }] }],
  },
  {
    name: 'a bare product path becomes a link',
    input: 'Open /products/vision-go now',
    out: [
      text('Open '),
      { type: 'link', href: '/products/vision-go', children: [text('/products/vision-go')] },
      text(' now'),
    ],
  },
  { name: 'a path inside a URL is not linked', input: 'http://x.io/products/a', out: [text('http://x.io/products/a')] },
  // Hostile input: none of it may become markup, a script, an image or an outside link.
  { name: 'a script tag is text', input: '<script>alert(1)</script>', out: [text('<script>alert(1)</script>')] },
  {
    name: 'an img onerror is text',
    input: '<img src=x onerror=alert(1)>',
    out: [text('<img src=x onerror=alert(1)>')],
  },
  {
    name: 'a javascript: link is text',
    input: '[click](javascript:alert(1))',
    out: [text('[click](javascript:alert(1))')],
  },
  {
    name: 'an outside link is text',
    input: '[win](https://evil.example/x)',
    out: [text('[win](https://evil.example/x)')],
  },
  { name: 'a protocol-relative link is text', input: '[x](//evil.example)', out: [text('[x](//evil.example)')] },
  { name: 'a backslash host is text', input: '[x](/\\evil.example)', out: [text('[x](/\\evil.example)')] },
  {
    name: 'a data: link is text',
    input: '[x](data:text/html,<b>hi</b>)',
    out: [text('[x](data:text/html,<b>hi</b>)')],
  },
  {
    name: 'an image is text',
    input: '![img](http://evil.example/a.png)',
    out: [text('![img](http://evil.example/a.png)')],
  },
  {
    name: 'a same-site image is text too, with a link only for its path',
    input: '![img](/images/a.svg)',
    out: [text('!'), { type: 'link', href: '/images/a.svg', children: [text('img')] }],
  },
  { name: 'entities stay as written', input: '&lt;b&gt; &amp; &#60;', out: [text('&lt;b&gt; &amp; &#60;')] },
  {
    name: 'a link inside a link label is not nested',
    input: '[a [b](/c)](/d)',
    out: [{ type: 'link', href: '/d', children: [text('a [b](/c)')] }],
  },
  {
    name: 'a quote in the path is refused',
    input: '[x](/products/a"onmouseover=1)',
    out: [text('[x](/products/a"onmouseover=1)')],
  },
];
for (const c of inlineCases) {
  test(`inline: ${c.name}`, () => {
    assert.equal(parseInline(c.input), c.out);
  });
}

const blockCases: { name: string; input: string; out: Block[] }[] = [
  { name: 'paragraphs split on blank lines', input: 'One.\n\nTwo.', out: [para(text('One.')), para(text('Two.'))] },
  {
    name: 'a single newline is a line break',
    input: 'Line one\nLine two',
    out: [para(text('Line one'), { type: 'br' }, text('Line two'))],
  },
  { name: 'CRLF is one line break', input: 'a\r\nb', out: [para(text('a'), { type: 'br' }, text('b'))] },
  {
    name: 'a bullet list after a paragraph',
    input: 'Try this:\n- Restart\n- Update',
    out: [
      para(text('Try this:')),
      { type: 'list', ordered: false, start: 1, items: [[text('Restart')], [text('Update')]] },
    ],
  },
  {
    name: 'a numbered list keeps its start and ends at a paragraph',
    input: '3. Hold power\n4. Wait\nDone.',
    out: [
      { type: 'list', ordered: true, start: 3, items: [[text('Hold power')], [text('Wait')]] },
      para(text('Done.')),
    ],
  },
  {
    name: 'an indented line continues the item',
    input: '1. Open Settings\n   then Battery',
    out: [
      { type: 'list', ordered: true, start: 1, items: [[text('Open Settings'), { type: 'br' }, text('then Battery')]] },
    ],
  },
  {
    name: 'a switch from bullets to numbers starts a new list',
    input: '- a\n1. b',
    out: [
      { type: 'list', ordered: false, start: 1, items: [[text('a')]] },
      { type: 'list', ordered: true, start: 1, items: [[text('b')]] },
    ],
  },
  {
    name: 'headings and quotes are plain text',
    input: '# Title\n> quote',
    out: [para(text('# Title'), { type: 'br' }, text('> quote'))],
  },
  {
    name: 'raw HTML across lines stays text',
    input: '<div\nonclick="x">',
    out: [para(text('<div'), { type: 'br' }, text('onclick="x">'))],
  },
  { name: 'empty input has no blocks', input: '', out: [] },
  { name: 'a stream cut inside bold shows the marker as text', input: 'It is **wat', out: [para(text('It is **wat'))] },
];
for (const c of blockCases) {
  test(`blocks: ${c.name}`, () => {
    assert.equal(parseMarkdown(c.input), c.out);
  });
}

const pathCases: [string, boolean][] = [
  ['/products/vision-go', true],
  ['/orders/VX-2025-0001', true],
  ['/policies/shipping#returns', true],
  ['/cart?x=1', true],
  ['//evil.example', false],
  ['/\\evil.example', false],
  ['https://visionx.example/products/a', false],
  ['javascript:alert(1)', false],
  ['JaVaScRiPt:alert(1)', false],
  ['products/a', false],
  ['/a b', false],
  ['/a"b', false],
  ["/a'b", false],
  ['/a<b', false],
];
for (const [href, ok] of pathCases) {
  test(`isSameSitePath(${JSON.stringify(href)}) is ${ok}`, () => {
    assert.is(isSameSitePath(href), ok);
  });
}

test('toPlainText drops the markers, keeps the words', () => {
  assert.is(
    toPlainText('The **Vision Go** costs *$399*.\n\n- Black\n- Sand\nSee [it](/products/vision-go).'),
    'The Vision Go costs $399. Black; Sand See it.',
  );
});

test.run();
