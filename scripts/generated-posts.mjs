// Generates announcements the way real publisher archives come: mostly clean posts in the Docs and blog
// dialects, plus every broken-frontmatter shape the loader repairs, one it must skip, and links under
// many publisher paths. Used by the archive build test (tests/build) and by `npm run bench`, so both
// measure the same mix. Every post says what it expects of the build; all text is invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LEARN = 'https://learn.microsoft.com';

/** Site-absolute paths Docs-dialect posts link to, under many different Learn sections. */
export const PUBLISHER_PATHS = [
  '/archive/blogs/virtualization/generated-notes',
  '/previous-versions/windows/it-pro/windows-server-2008-r2/generated-guide',
  '/powershell/module/hyper-v/get-generated',
  '/troubleshoot/windows-server/containers/generated-symptom#cause',
  '/windows-server/get-started/generated-setup',
  '/virtualization/windowscontainers/deploy-containers/generated-versions',
  '/azure/aks/generated-windows-nodes?tabs=cli',
  '/windows/release-health/generated-status',
  '/en-us/sql/generated-page',
  '/dotnet/architecture/generated-chapter',
  '/answers/questions/12345/generated-question',
  '/openspecs/windows_protocols/generated-spec',
];

/** Shapes in the order they repeat; `broken` says what the loader must do with the frontmatter. */
export const SHAPES = [
  { name: 'docs', broken: null },
  { name: 'docs-inner-quotes', broken: 'repaired' },
  { name: 'blog-address', broken: null },
  { name: 'blog-tabs', broken: 'repaired' },
  { name: 'docs-crlf-colon', broken: 'repaired' },
  { name: 'blog-no-address', broken: null },
  { name: 'blog-stray-bom', broken: 'repaired' },
  { name: 'docs-classic-mac', broken: 'repaired' },
  { name: 'ambiguous', broken: 'skipped' },
  { name: 'docs', broken: null },
  { name: 'blog-address', broken: null },
];

const pad = (value, width = 2) => String(value).padStart(width, '0');

/** A body with a realistic amount of text, a note, code, and the given Markdown links. */
function body(n, links) {
  const list = links.map((link, index) => `- [reference ${index + 1} of post ${n}](${link})`).join('\n');
  return (
    `Generated post number ${n}.\n\n## Details\n\nHost and image builds must match for process isolation; ` +
    `this paragraph only adds words so the page is of a realistic size. ` +
    `${'Windows container images are tagged by release. '.repeat(20)}\n\n## Links\n\n${list}\n\n` +
    `> [!NOTE]\n> A generated note.\n\n` +
    '```powershell\ndocker run --isolation=process mcr.microsoft.com/windows/servercore:ltsc2022\n```\n'
  );
}

/**
 * Post number `n`: its file name, its text, what the loader must do with it (`clean`, `repaired` or
 * `skipped`, with the start of the parser's message), and every link with the href the built page must
 * carry (null: reported, shown as text).
 */
export function generatedPost(n) {
  const shape = SHAPES[n % SHAPES.length];
  const name = `gen-${pad(n, 4)}-${shape.name}.md`;
  const year = 2016 + (n % 10);
  const month = (n % 12) + 1;
  const day = (n % 28) + 1;
  const isoDate = `${year}-${pad(month)}-${pad(day)}`;
  const docsPaths = [0, 1, 2, 3].map((k) => PUBLISHER_PATHS[(n + k * 3) % PUBLISHER_PATHS.length]);
  const ownPath = `/${year}/${pad(month)}/generated-older-post-${n}/`;
  const origin = `https://blog${n % 3}.contoso.example`;
  let links;
  let text;
  let problem = null;
  const docsLinks = () => [
    ...docsPaths.map((path) => ({ href: path, expected: `${LEARN}${path}` })),
    { href: '/matrix/', expected: '/matrix/' },
    { href: 'https://example.org/generated', expected: 'https://example.org/generated' },
  ];
  const docsHead = (title) =>
    `title: ${title}\ndescription: Benchmark post ${n}.\nauthor: bench\nms.author: bench\n` +
    `ms.date: ${month}/${day}/${year}\nms.topic: article\nkeywords: bench, generated\ncategories: baseos\n`;
  const blogHead = (extra) =>
    `title: "Generated blog post ${n}"\ndate: ${isoDate}\ndescription: "Benchmark post ${n}."\n${extra}`;
  switch (shape.name) {
    case 'docs':
    case 'docs-inner-quotes':
    case 'docs-crlf-colon':
    case 'docs-classic-mac': {
      links = docsLinks();
      const title = {
        docs: `Generated docs post ${n}`,
        'docs-inner-quotes': `"Generated docs post ${n}: "Fabrikam first" is out"`,
        'docs-crlf-colon': `Generated docs post ${n}: now with a colon`,
        'docs-classic-mac': `Generated docs post ${n}`,
      }[shape.name];
      text = `---\n${docsHead(title)}---\n# Generated docs post ${n}\n\n${body(
        n,
        links.map((l) => l.href),
      )}`;
      if (shape.name === 'docs-crlf-colon') text = text.replaceAll('\n', '\r\n');
      if (shape.name === 'docs-classic-mac') text = text.replaceAll('\n', '\r');
      break;
    }
    case 'blog-address':
    case 'blog-tabs':
    case 'blog-stray-bom': {
      links = [
        { href: ownPath, expected: `${origin}${ownPath}` },
        { href: '/wp-content/uploads/generated.pdf', expected: `${origin}/wp-content/uploads/generated.pdf` },
        { href: '/hosts/ws2022/', expected: '/hosts/ws2022/' },
      ];
      const indent = shape.name === 'blog-tabs' ? '\t' : '  ';
      const head = blogHead(
        `canonical_url: ${origin}${ownPath.replace('older-post', 'post')}\ncategories:\n${indent}- "containers"\n${indent}- "generated"\n`,
      );
      text = `---\n${head}---\n${body(
        n,
        links.map((l) => l.href),
      )}`;
      if (shape.name === 'blog-stray-bom') text = `\n\uFEFF${text.replace('date:', '\uFEFFdate:')}`;
      break;
    }
    case 'blog-no-address': {
      links = [
        { href: ownPath, expected: null },
        { href: '/azure/aks/generated-page', expected: `${LEARN}/azure/aks/generated-page` },
      ];
      text = `---\n${blogHead('categories:\n  - "containers"\n')}---\n${body(
        n,
        links.map((l) => l.href),
      )}`;
      break;
    }
    case 'ambiguous': {
      // Two titles, or a list that never closes: no repair could know which reading was meant.
      links = docsLinks();
      const twoTitles = Math.floor(n / SHAPES.length) % 2 === 0;
      problem = twoTitles ? 'Map keys must be unique' : 'Flow sequence in block collection';
      const head = twoTitles
        ? `title: Generated post ${n}\ndate: ${isoDate}\ntitle: Generated post ${n} again\n`
        : `title: Generated post ${n}\ndate: ${isoDate}\ncategories: [containers, generated\n`;
      text = `---\n${head}---\n${body(
        n,
        links.map((l) => l.href),
      )}`;
      break;
    }
    default:
      throw new Error(`unknown shape ${shape.name}`);
  }
  const status = shape.broken ?? 'clean';
  return { name, text, shape: shape.name, status, problem, links };
}

/** Writes posts 0…count-1 into `folder` (created if needed) and returns their descriptions. */
export function writeGeneratedPosts(folder, count) {
  mkdirSync(folder, { recursive: true });
  const posts = [];
  for (let n = 0; n < count; n += 1) {
    const post = generatedPost(n);
    writeFileSync(join(folder, post.name), post.text);
    posts.push(post);
  }
  return posts;
}
