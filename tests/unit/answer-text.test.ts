import { describe, expect, test } from 'vitest';
import { absoluteUrl, answerFacts, answerMarkdown, answerPlain } from '../../src/lib/answer-text';
import type { AnswerFacts } from '../../src/lib/answer-text';
import { VERDICT_TEXT } from '../../src/lib/verdict-text';
import { loadModel } from './helpers/content';

const SITE = 'https://wincontainers.example.org';

const facts = (overrides: Partial<AnswerFacts> = {}): AnswerFacts => ({
  imageName: 'Server Core ltsc2022',
  hostName: 'Windows Server 2025',
  process: 'supported',
  hyperv: 'supported',
  tag: 'mcr.microsoft.com/windows/servercore:ltsc2022',
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
  test('is one line: linked title, both verdicts with glyphs, the tag as code', () => {
    expect(answerMarkdown(facts())).toBe(
      '[Server Core ltsc2022 on Windows Server 2025](https://wincontainers.example.org/matrix/ws2025/servercore-ltsc2022/): process isolation ✓ supported, Hyper-V isolation ✓ supported. Tag: `mcr.microsoft.com/windows/servercore:ltsc2022`.',
    );
  });

  test('says the image runs in neither mode when there is no tag', () => {
    const text = answerMarkdown(facts({ process: 'unsupported', hyperv: 'unsupported', tag: null }));
    expect(text).toContain('process isolation ✕ unsupported, Hyper-V isolation ✕ unsupported.');
    expect(text).toMatch(/Runs in neither mode\.$/);
    expect(text).not.toContain('Tag:');
  });

  test('escapes Markdown in names and keeps the link destination whole', () => {
    const text = answerMarkdown(facts({ imageName: 'A [b] *c*', url: `${SITE}/x (y)/` }));
    expect(text).toContain('[A \\[b\\] \\*c\\* on Windows Server 2025]');
    expect(text).toContain(`(${SITE}/x%20%28y%29/)`);
  });

  test('fences a tag containing backticks with a longer run', () => {
    expect(answerMarkdown(facts({ tag: 'a`b' }))).toContain('Tag: `` a`b ``.');
  });
});

describe('answerPlain', () => {
  test('has no markup and ends with the link, so chat apps can unfurl it', () => {
    expect(answerPlain(facts({ process: 'limited' }))).toBe(
      'Server Core ltsc2022 on Windows Server 2025: process isolation limited, Hyper-V isolation supported. Tag: mcr.microsoft.com/windows/servercore:ltsc2022. https://wincontainers.example.org/matrix/ws2025/servercore-ltsc2022/',
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
      if (cell.recommendedTag) {
        expect(plain, where).toContain(`Tag: ${cell.recommendedTag}.`);
        expect(markdown, where).toContain(`Tag: \`${cell.recommendedTag}\`.`);
      } else {
        expect(plain, where).toContain('Runs in neither mode.');
      }
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
