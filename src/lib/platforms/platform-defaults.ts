/**
 * Checks of platform defaults that the schema cannot see: patterns compile (and version patterns capture),
 * rules name variants of the platform in ascending, non-overlapping bands, every example is recognised as
 * the default and by no variant of any platform, and an example's version reads as stated; and a variant's
 * `replacedBy` names other variants of its platform. Pure.
 */
import { ContentError } from '../model/model';
import type { FromFile } from '../model/model';
import type { Platform } from './platform-schema';
import { compareVersions, readVersion } from './platform-versions';

/** Compiles a pattern or throws a `ContentError` naming it. */
function compiled(file: string, path: string, source: string): RegExp {
  try {
    const pattern = new RegExp(source, 'i');
    if (pattern.test('')) throw new Error('it matches an empty text');
    return pattern;
  } catch (error) {
    throw new ContentError(
      file,
      path,
      `expected a JavaScript regular expression that needs text (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Rules name the platform's variants, in ascending bands that do not overlap. */
function checkRules(file: string, platform: Platform, index: number): void {
  const ids = new Set(platform.variants.map((variant) => variant.id));
  const rules = platform.defaults[index]?.rules ?? [];
  rules.forEach((rule, r) => {
    const path = `defaults[${index}].rules[${r}]`;
    for (const id of rule.variants)
      if (!ids.has(id))
        throw new ContentError(
          file,
          `${path}.variants`,
          `expected a variant id of ${platform.id}, but "${id}" is none`,
        );
    if (rule.from !== undefined && rule.to !== undefined && compareVersions(rule.from, rule.to) > 0)
      throw new ContentError(
        file,
        `${path}.to`,
        `expected "to" (${rule.to}) on or after "from" (${rule.from})`,
      );
    const previous = r > 0 ? rules[r - 1] : undefined;
    if (
      previous &&
      (previous.to === undefined || rule.from === undefined || compareVersions(rule.from, previous.to) <= 0)
    )
      throw new ContentError(
        file,
        `${path}.from`,
        `expected the band to start after the previous one ends (${previous.to ?? 'open'})`,
      );
  });
}

/** A variant's `replacedBy` names other variants of its platform. */
export function checkReplacements(platforms: readonly FromFile<Platform>[]): void {
  for (const { file, data } of platforms) {
    const ids = new Set(data.variants.map((variant) => variant.id));
    data.variants.forEach((variant, v) => {
      for (const id of variant.replacedBy?.variants ?? [])
        if (!ids.has(id) || id === variant.id)
          throw new ContentError(
            file,
            `variants[${v}].replacedBy.variants`,
            `expected another variant id of ${data.id}, but "${id}" is none`,
          );
    });
  }
}

/** Checks every platform's defaults against its variants and every platform's patterns. */
export function checkDefaults(platforms: readonly FromFile<Platform>[]): void {
  const variantPatterns = platforms.flatMap(({ data }) =>
    data.variants.flatMap((variant) =>
      variant.match.map((source) => ({ id: `${data.id}/${variant.id}`, pattern: new RegExp(source, 'i') })),
    ),
  );
  for (const { file, data } of platforms)
    data.defaults.forEach((entry, d) => {
      const match = entry.match.map((source, i) => compiled(file, `defaults[${d}].match[${i}]`, source));
      const versions = entry.versionMatch.map((source, i) => {
        const pattern = compiled(file, `defaults[${d}].versionMatch[${i}]`, source);
        if (!/\((?!\?)/.test(source))
          throw new ContentError(
            file,
            `defaults[${d}].versionMatch[${i}]`,
            'expected a capturing group for the version',
          );
        return pattern;
      });
      checkRules(file, data, d);
      entry.writtenAs.forEach((example, e) => {
        const path = `defaults[${d}].writtenAs[${e}].text`;
        if (!match.some((pattern) => pattern.test(example.text)))
          throw new ContentError(
            file,
            path,
            `expected one of the default's "match" patterns to match "${example.text}"`,
          );
        const clash = variantPatterns.find(({ pattern }) => pattern.test(example.text));
        if (clash)
          throw new ContentError(
            file,
            path,
            `expected "${example.text}" to name no variant, but ${clash.id}'s pattern /${clash.pattern.source}/ matches it`,
          );
        const read = readVersion(example.text, versions)?.version;
        if (read !== example.version)
          throw new ContentError(
            file,
            `defaults[${d}].writtenAs[${e}].version`,
            `expected the version read from the example (${read ?? 'none'}) to be ${example.version ?? 'none'}`,
          );
      });
    });
}
