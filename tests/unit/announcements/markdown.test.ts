/**
 * The announcement Markdown pipeline, rendered with Astro's own processor (createMarkdownProcessor with our
 * plugin lists and markdown.syntaxHighlight off, as astro.config.mjs must set it). Assertions are on the
 * HTML a reader gets and on the build reports. All post text here is invented.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { MarkdownRenderResult } from '@astrojs/markdown-remark';
import { describe, expect, test, vi } from 'vitest';
import { announcementMarkdownPlugins } from '../../../src/lib/announcements/markdown';
import type { AnnouncementMarkdownOptions, MarkdownReport } from '../../../src/lib/announcements/markdown';

const FILE_URL = new URL('file:///project/content/announcements/sample-post.md');

interface Rendered extends MarkdownRenderResult {
  reports: MarkdownReport[];
}

/** Renders like the site does: our plugins inside Astro's unified pipeline, a file path, the raw frontmatter. */
async function render(
  markdown: string,
  frontmatter: Record<string, unknown> = { title: 'Sample post', date: '2020-01-01' },
  options: AnnouncementMarkdownOptions = {},
): Promise<Rendered> {
  const reports: MarkdownReport[] = [];
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    ...announcementMarkdownPlugins({ onReport: (report) => reports.push(report), ...options }),
  });
  const result = await processor.render(markdown, { frontmatter, fileURL: FILE_URL });
  return { ...result, reports };
}

describe('GitHub alerts', () => {
  test.each([
    ['NOTE', 'note', 'Note'],
    ['TIP', 'tip', 'Tip'],
    ['IMPORTANT', 'important', 'Important'],
    ['WARNING', 'warning', 'Warning'],
    ['CAUTION', 'caution', 'Caution'],
  ])(
    '[!%s] becomes a role=note callout with a visible title and a type class',
    async (marker, type, title) => {
      const { code } = await render(`> [!${marker}]\n> Refresh the Fabrikam cache first.`);
      expect(code).toContain(
        `<div class="markdown-alert markdown-alert-${type}" role="note" dir="auto">\n` +
          `<p class="markdown-alert-title" dir="auto">${title}</p>\n` +
          '<p>Refresh the Fabrikam cache first.</p>\n</div>',
      );
      expect(code).not.toContain(`[!${marker}]`);
      expect(code).not.toContain('<svg');
    },
  );

  test('text on the marker line is kept, a lone marker leaves no empty paragraph, a plain quote stays', async () => {
    const { code } = await render(
      '> [!tip] Same-line advice\n> continues here.\n\n> [!WARNING]\n>\n> After a blank line.\n\n> Only a quote.',
    );
    expect(code).toContain(
      '<p class="markdown-alert-title" dir="auto">Tip</p>\n<p>Same-line advice\ncontinues here.</p>',
    );
    expect(code).toContain(
      '<p class="markdown-alert-title" dir="auto">Warning</p>\n<p>After a blank line.</p>',
    );
    expect(code).not.toContain('<p></p>');
    expect(code).toContain('<blockquote>\n<p>Only a quote.</p>\n</blockquote>');
    expect(code).not.toMatch(/\[!/);
  });
});

describe('links', () => {
  const docsFrontmatter = { title: 'Docs post', 'ms.date': '10/18/2017' };

  test('a publisher path becomes absolute, keeps its title and gets rel', async () => {
    const { code, reports } = await render(
      'See [how releases are numbered](/windows-server/get-started/numbering "Release numbering").',
      docsFrontmatter,
    );
    expect(code).toContain(
      '<a href="https://learn.microsoft.com/windows-server/get-started/numbering" title="Release numbering" ' +
        'rel="noopener noreferrer">how releases are numbered</a>',
    );
    expect(reports).toEqual([]);
  });

  test.each([
    '/archive/blogs/virtualization/tiny-images-arrive',
    '/previous-versions/windows/it-pro/windows-server-2012/old-page',
    '/powershell/module/hyper-v/get-vm?view=windowsserver2022-ps',
    '/troubleshoot/windows-server/containers/some-symptom#cause',
    '/en-us/windows/release-health/status',
  ])('a Docs post links %s to Learn, without a warning', async (path) => {
    const { code, reports } = await render(`Read [the older page](${path}) first.`, docsFrontmatter);
    const href = `https://learn.microsoft.com${path}`.replaceAll('&', '&#x26;');
    expect(code).toContain(`<a href="${href}" rel="noopener noreferrer">the older page</a>`);
    expect(reports).toEqual([]);
  });

  const blogFrontmatter = { title: 'Blog post', date: '2016-05-04', categories: ['containers'] };

  test('a blog post that names no address: its own path is reported and rendered as text', async () => {
    const { code, reports } = await render(
      'Read [my older post](/2016/04/older-post/) first.',
      blogFrontmatter,
    );
    expect(code).toContain('<p>Read my older post first.</p>');
    expect(reports).toEqual([
      expect.objectContaining({
        kind: 'unknown-site-link',
        file: '/project/content/announcements/sample-post.md',
        href: '/2016/04/older-post/',
        resolvedTo: null,
      }),
    ]);
    expect(reports[0]?.message).toContain('canonical_url');
  });

  test.each([
    ['canonical_url', 'https://blog.example.org/2016/05/this-post/'],
    ['original_url', 'https://blog.example.org/this-post'],
    ['guid', 'http://blog.example.org/?p=123'],
  ])('a blog post whose %s names its address links its own paths to that origin', async (field, url) => {
    const { code, reports } = await render('Read [my older post](/2016/04/older-post/).', {
      ...blogFrontmatter,
      [field]: url,
    });
    const origin = new URL(url).origin;
    expect(code).toContain(
      `<a href="${origin}/2016/04/older-post/" rel="noopener noreferrer">my older post</a>`,
    );
    expect(reports).toEqual([]);
  });

  test('a configured origin for the blog dialect serves blog posts that name no address', async () => {
    const { code, reports } = await render('Read [my older post](/2016/04/older-post/).', blogFrontmatter, {
      publisherOrigins: { blog: 'https://configured.example/' },
    });
    expect(code).toContain(
      '<a href="https://configured.example/2016/04/older-post/" rel="noopener noreferrer">my older post</a>',
    );
    expect(reports).toEqual([]);
  });

  test('our routes stay (with the base path), external links get rel, fragments stay', async () => {
    const { code, reports } = await render(
      '[cell](/matrix/ws2019/servercore-ltsc2019/) [ext](https://example.org/a "Ext") [top](#top)',
      undefined,
      { base: '/compat/' },
    );
    expect(code).toContain('<a href="/compat/matrix/ws2019/servercore-ltsc2019/">cell</a>');
    expect(code).toContain('<a href="https://example.org/a" title="Ext" rel="noopener noreferrer">ext</a>');
    expect(code).toContain('<a href="#top">top</a>');
    expect(reports).toEqual([]);
  });

  test('a relative link is reported and rendered as text', async () => {
    const { code, reports } = await render('See [the other post](../other-post.md).');
    expect(code).toContain('<p>See the other post.</p>');
    expect(reports).toEqual([expect.objectContaining({ kind: 'relative-link', href: '../other-post.md' })]);
  });
});

describe('images', () => {
  const captioned =
    '[![A kettle running the image.](/assets/shots/kettle.png)](/assets/shots/kettle.png)  \nA kettle running the image.';

  test('a link-wrapped image with a caption line becomes a figure', async () => {
    const { code, reports } = await render(captioned, undefined, {
      publicFileExists: (path) => path === '/assets/shots/kettle.png',
    });
    expect(code).toContain(
      '<figure><a href="/assets/shots/kettle.png"><img src="/assets/shots/kettle.png" alt="A kettle running the image."></a>' +
        '<figcaption>A kettle running the image.</figcaption></figure>',
    );
    expect(reports).toEqual([]);
  });

  test('a site-absolute image the site lacks is reported and shown as its alt text in a visible note', async () => {
    const { code, reports } = await render(captioned);
    expect(code).toContain(
      '<figure><span class="image-missing">Image not available: A kettle running the image.</span>' +
        '<figcaption>A kettle running the image.</figcaption></figure>',
    );
    expect(code).not.toContain('<img');
    expect(reports).toEqual([
      expect.objectContaining({
        kind: 'missing-image',
        file: '/project/content/announcements/sample-post.md',
        path: '/assets/shots/kettle.png',
      }),
    ]);
  });

  test('a Docs post’s own site-absolute image becomes a note linking to the copy on Learn', async () => {
    const { code, reports } = await render('![A tag chart](/virtualization/media/tag-chart.png)', {
      title: 'Docs post',
      'ms.date': '10/18/2017',
    });
    expect(code).toContain(
      '<span class="image-missing">Image hosted elsewhere: <a href="https://learn.microsoft.com/virtualization/media/tag-chart.png" rel="noopener noreferrer">A tag chart</a></span>',
    );
    expect(code).not.toContain('<img');
    expect(reports).toEqual([
      expect.objectContaining({ kind: 'remote-image', path: '/virtualization/media/tag-chart.png' }),
    ]);
  });

  test('a relative image is left to Astro: collected, and its <img> turned into Astro’s placeholder', async () => {
    const { code, metadata, reports } = await render('![A diagram](./media/diagram.svg)  \nThe diagram.');
    expect(metadata.localImagePaths).toEqual(['./media/diagram.svg']);
    expect(code).toMatch(
      /<figure><img __ASTRO_IMAGE_="[^"]*media\/diagram\.svg[^"]*"><figcaption>The diagram\.<\/figcaption><\/figure>/,
    );
    expect(reports).toEqual([]);
  });

  test('a remote image the image config does not allow becomes a note with a link', async () => {
    const { code, reports } = await render('![Remote chart](https://example.org/chart.png)');
    expect(code).toContain(
      '<span class="image-missing">Image hosted elsewhere: <a href="https://example.org/chart.png" rel="noopener noreferrer">Remote chart</a></span>',
    );
    expect(reports).toEqual([
      expect.objectContaining({ kind: 'remote-image', path: 'https://example.org/chart.png' }),
    ]);
  });

  test('a raw <img> with a relative path is reported: Astro only resolves Markdown images', async () => {
    const { code, reports } = await render('<img src="media/raw.png" alt="Raw">');
    expect(code).toContain('<span class="image-missing">Image not available: Raw</span>');
    expect(reports).toEqual([expect.objectContaining({ kind: 'unprocessed-image', path: 'media/raw.png' })]);
  });
});

describe('sanitising', () => {
  test('scripts, handlers, javascript: URLs, styles, iframes and comments are removed; safe HTML stays', async () => {
    const { code } = await render(
      [
        'Intro.',
        '',
        '<!-- an editor note -->',
        '',
        "<script>alert('x')</script>",
        '<p onclick="alert(1)" style="position:fixed">Handler text.</p>',
        '<a href="javascript:alert(1)">Scripted link</a> <a href="JaVaScRiPt:alert(2)">Mixed case</a>',
        '<img src="https://example.org/x.png" onerror="alert(3)" alt="x"><iframe src="https://example.org"></iframe>',
        '<svg><script>alert(4)</script></svg>',
        '<details><summary>More</summary>Hidden <kbd>Ctrl</kbd></details>',
        '',
        '[markdown link](javascript:alert(5))',
      ].join('\n'),
    );
    expect(code).not.toMatch(/<script|onclick|onerror|javascript:|style=|<iframe|<svg|<!--|editor note/i);
    expect(code).toContain('<p>Handler text.</p>');
    expect(code).toContain('<a>Scripted link</a>');
    expect(code).toContain('<details><summary>More</summary>Hidden <kbd>Ctrl</kbd></details>');
  });

  test('footnote links still reach their targets after the sanitiser prefixes ids', async () => {
    const { code } = await render('Claim[^1].\n\n[^1]: Source of the claim.');
    expect(code).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(code).toContain('<li id="user-content-fn-1">');
  });
});

describe('code and headings', () => {
  const fence = '```powershell\ndocker run --rm fabrikam/tiny:1511 cmd /c echo hello\n```';

  test('fenced code is highlighted after the sanitiser (Prism by default: classes only)', async () => {
    const { code } = await render(fence);
    expect(code).toMatch(
      /<pre class="language-powershell" data-language="powershell" tabindex="0"><code class="language-powershell">/,
    );
    expect(code).toContain('<span class="token function">echo</span>');
  });

  test('with highlight: shiki the block carries Shiki’s astro-code output', async () => {
    const { code } = await render(fence, undefined, { highlight: 'shiki' });
    expect(code).toMatch(
      /<pre class="astro-code github-dark" style="[^"]+" tabindex="0" data-language="powershell">/,
    );
    expect(code).toContain('<span class="line">');
  });

  test('a highlighter that already ran is a configuration error with the fix in the message', async () => {
    const { remarkPlugins, rehypePlugins } = announcementMarkdownPlugins();
    const processor = await createMarkdownProcessor({
      syntaxHighlight: 'prism',
      remarkPlugins,
      rehypePlugins,
    });
    // Astro's renderer logs the error before rethrowing it; keep the test output clean.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(processor.render(fence)).rejects.toThrow('Set markdown.syntaxHighlight: false');
    log.mockRestore();
  });

  test('headings get ids for the table of contents; a leading title repeat is dropped', async () => {
    const { code, metadata } = await render('# Sample “post”\n\nIntro.\n\n## What changed\n\n### Tags', {
      title: 'Sample "post" ',
      'ms.date': '1/2/2020',
    });
    expect(code).not.toContain('<h1');
    expect(code).toContain('<h2 id="what-changed">What changed</h2>');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'what-changed', text: 'What changed' },
      { depth: 3, slug: 'tags', text: 'Tags' },
    ]);
  });

  test('other level-one headings move down a level so the page keeps a single <h1>', async () => {
    const { code } = await render('# First part\n\n## Detail\n\n# Second part');
    expect(code).toContain('<h2 id="first-part">First part</h2>');
    expect(code).toContain('<h3 id="detail">Detail</h3>');
    expect(code).toContain('<h2 id="second-part">Second part</h2>');
  });
});

describe('code blocks', () => {
  test('are highlighted with classes and can be scrolled from the keyboard', async () => {
    const { code } = await render(
      '```powershell\ndocker pull mcr.microsoft.com/windows/servercore:ltsc2022\n```',
    );
    expect(code).toMatch(/<pre[^>]*tabindex="0"/);
    expect(code).toContain('class="language-powershell"');
    expect(code).not.toContain('style=');
  });

  test('fence names Prism knows by another name are highlighted, without a build warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { code } = await render('```console\nC:\\> docker version\nClient: Docker Engine\n```');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(code).toContain('class="language-shell-session"');
    expect(code).toContain('<span class="token');
  });
});
