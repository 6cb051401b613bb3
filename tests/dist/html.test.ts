import { describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './dist';

// One validator, the recommended rules, minus those that fight Astro's own output or our choices:
// each exception says why.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits boolean attributes and inline JSON exactly as the spec allows; style only.
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    // Tailwind utility classes and Astro's scoped class names are not BEM-shaped.
    'attribute-allowed-values': 'error',
    // Inline styles come from syntax highlighting (Shiki) and are allowed by our CSP.
    'no-inline-style': 'off',
    // Long aria-labels on grid cells are intended: they state the whole answer.
    'long-title': 'off',
    // Redirect pages use meta refresh on purpose (static hosts have no HTTP redirects).
    'meta-refresh': 'off',
    // React's useId() makes ids like `_r1_`: valid HTML5 ids, but not the strict letter-first form.
    'valid-id': ['error', { relaxed: true }],
    // React's server renderer writes some attributes camel-cased (autoComplete); HTML ignores case.
    'attr-case': 'off',
    // The pickers are editable comboboxes with type-ahead: a native <select> cannot take free text.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
    // React writes hidden="" for boolean attributes; HTML treats both spellings alike.
    'attribute-empty-style': 'off',
    // `<a>` inside `<th>` etc. are fine; redundant roles are not an error for us.
    'no-redundant-role': 'off',
  },
});

describe('valid HTML', () => {
  test('every page passes html-validate', async () => {
    const failures: string[] = [];
    for (const page of builtPages()) {
      // Astro writes its island style (`astro-island{display:contents}`) where the first island sits;
      // browsers accept it and it is not ours to move, so it is taken out before validating.
      const html = page.html.replace(
        /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g,
        '',
      );
      const report = await validator.validateString(html, page.file);
      if (!report.valid) {
        for (const result of report.results) {
          for (const message of result.messages.slice(0, 3)) {
            failures.push(
              `${page.file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
            );
          }
        }
      }
      if (failures.length > 40) break;
    }
    expect(failures).toEqual([]);
  });
});
