import { describe, expect, test } from 'vitest';
import { absoluteUrl, answerFacts, answerMarkdown, answerPlain } from '../../src/lib/outputs/answer-text';
import type { AnswerFacts } from '../../src/lib/outputs/answer-text';
import { assembleAdvice } from '../../src/lib/advice/advice';
import type { CellAdvice } from '../../src/lib/advice/advice';
import { adviceSentences, markdownText, plainText } from '../../src/lib/advice/advice-text';
import { VERDICT_TEXT } from '../../src/lib/knowledge/verdict-text';
import { loadModel } from './helpers/content';

const SITE = 'https://wincontainers.example.org';

const REFERENCE = 'mcr.microsoft.com/windows/servercore:ltsc2022';
/** The advice of a cell that runs in both modes with nothing better, and nothing retired. */
const advice = (overrides: Partial<CellAdvice> = {}): CellAdvice =>
  assembleAdvice({
    host: { id: 'ws2025', name: 'Windows Server 2025', ended: null },
    image: {
      id: 'servercore-ltsc2022',
      name: 'Server Core ltsc2022',
      ended: null,
      reference: overrides.use?.reference ?? REFERENCE,
      process: overrides.process ?? 'supported',
      hyperv: overrides.hyperv ?? 'supported',
    },
    alternative: null,
    limit: overrides.limit ?? null,
  });
const facts = (overrides: Partial<AnswerFacts> = {}, verdicts: Partial<CellAdvice> = {}): AnswerFacts => ({
  imageName: 'Server Core ltsc2022',
  hostName: 'Windows Server 2025',
  advice: advice(verdicts),
  url: `${SITE}/matrix/ws2025/servercore-ltsc2022/`,
  ...overrides,
});

describe('absoluteUrl', () => {
  test('joins the site, the base path and the page path once each', () => {
    expect(absoluteUrl(SITE, '/', '/matrix/a/b/')).toBe(`${SITE}/matrix/a/b/`);
    expect(absoluteUrl(`${SITE}/`, '/compat/', '/matrix/a/b/')).toBe(`${SITE}/compat/matrix/a/b/`);
    expect(absoluteUrl(SITE, '/compat', 'matrix/a/b/')).toBe(`${SITE}/compat/matrix/a/b/`);
  });
});

describe('answerMarkdown', () => {
  test('is one line: linked title, both verdicts with glyphs, the advice with the tag as code', () => {
    expect(answerMarkdown(facts())).toBe(
      '[Server Core ltsc2022 on Windows Server 2025](https://wincontainers.example.org/matrix/ws2025/servercore-ltsc2022/): process isolation ✓ supported, Hyper-V isolation ✓ supported. Runs with process isolation: use `mcr.microsoft.com/windows/servercore:ltsc2022`. Hyper-V isolation runs too.',
    );
  });

  test('says the image runs in neither mode and recommends no tag', () => {
    const text = answerMarkdown(facts({}, { process: 'unsupported', hyperv: 'unsupported' }));
    expect(text).toContain('process isolation ✕ unsupported, Hyper-V isolation ✕ unsupported.');
    expect(text).toMatch(
      /Does not run here in either isolation mode, so no tag of this image is recommended\.$/,
    );
    expect(text).not.toContain(REFERENCE);
  });

  test('carries the retirement of the host and the image, with their dates, and the alternative', () => {
    const retired: CellAdvice = {
      ...advice(),
      host: { id: 'ws2025', name: 'Windows Server 2025', ended: '2020-01-01' },
      image: { id: 'servercore-ltsc2022', name: 'Server Core ltsc2022', ended: '2020-02-02' },
    };
    const text = answerMarkdown(facts({ advice: retired }));
    expect(text).toContain('The host, Windows Server 2025, is out of support since 2020-01-01');
    expect(text).toContain('Server Core ltsc2022 is out of support since 2020-02-02');
  });

  test('escapes Markdown in names and keeps the link destination whole', () => {
    const text = answerMarkdown(facts({ imageName: 'A [b] *c*', url: `${SITE}/x (y)/` }));
    expect(text).toContain('[A \\[b\\] \\*c\\* on Windows Server 2025]');
    expect(text).toContain(`(${SITE}/x%20%28y%29/)`);
  });

  test('fences a tag containing backticks with a longer run', () => {
    expect(
      answerMarkdown(facts({}, { use: { reference: 'a`b', isolation: 'process', verdict: 'supported' } })),
    ).toContain('use `` a`b ``.');
  });
});

describe('answerPlain', () => {
  test('has no markup and ends with the link, so chat apps can unfurl it', () => {
    expect(answerPlain(facts({}, { process: 'limited', limit: 'A named limit' }))).toBe(
      'Server Core ltsc2022 on Windows Server 2025: process isolation limited, Hyper-V isolation supported. Runs with process isolation, limited by “A named limit”: use mcr.microsoft.com/windows/servercore:ltsc2022. Hyper-V isolation runs too. https://wincontainers.example.org/matrix/ws2025/servercore-ltsc2022/',
    );
  });
});

describe('every cell of the real model', () => {
  const model = loadModel();
  const cells = model.hosts.flatMap((host) => model.images.map((image) => ({ host, image })));

  test('both texts state the cell page verdicts, tag and absolute URL', () => {
    expect(cells.length).toBeGreaterThan(100);
    for (const { host, image } of cells) {
      const cell = model.cell(host.id, image.id);
      const answer = answerFacts(model, host.id, image.id, SITE, '/compat/');
      const url = `${SITE}/compat${cell.path}`;
      const process = VERDICT_TEXT[cell.verdict.process.verdict].label;
      const hyperv = VERDICT_TEXT[cell.verdict.hyperv.verdict].label;
      const plain = answerPlain(answer);
      const markdown = answerMarkdown(answer);
      const where = `${host.id} × ${image.id}`;
      expect(plain, where).toContain(`process isolation ${process}, Hyper-V isolation ${hyperv}.`);
      expect(markdown, where).toContain(
        `process isolation ${VERDICT_TEXT[cell.verdict.process.verdict].glyph} ${process},`,
      );
      expect(plain.endsWith(` ${url}`), where).toBe(true);
      expect(markdown, where).toContain(`](${url})`);
      for (const sentence of adviceSentences(cell.advice)) {
        expect(plain, where).toContain(plainText(sentence.text));
        expect(markdown, where).toContain(markdownText(sentence.text));
      }
      if (cell.recommendedTag) expect(markdown, where).toContain(`use \`${cell.recommendedTag}\``);
      else expect(plain, where).toContain('no tag');
      expect(plain, where).not.toMatch(/\n/);
      expect(markdown, where).not.toMatch(/\n/);
    }
  });

  test('an unknown cell is refused with its ids, not rendered', () => {
    expect(() => answerFacts(model, 'no-such-host', 'servercore-ltsc2022', SITE, '/')).toThrow(
      /no-such-host/,
    );
  });
});
