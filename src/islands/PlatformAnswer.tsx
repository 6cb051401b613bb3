import { lookupVerdicts } from '../lib/readers/verdicts';
import type { PasteCatalog } from '../lib/readers/verdicts';
import { lastHosts, replacementSentence } from '../lib/readers/platforms';
import { defaultSentence } from '../lib/readers/platform-defaults';
import type { PlatformReaderHost, PlatformReading, PlatformReadings } from '../lib/readers/platforms';
import { platformPath, variantImagePath, variantPath } from '../lib/platforms/platform-core';
import { periodText } from '../lib/platforms/platform-text';
import { hostPath } from '../lib/knowledge/paths';
import { runs } from '../lib/knowledge/engine';
import type { Image } from '../lib/knowledge/schema';
import { withBase } from '../lib/site/site';

interface Props {
  readings: PlatformReadings;
  catalog: PasteCatalog;
  /** Images the paste names (a Dockerfile, a reference): answered within the platform's modes. */
  images: readonly Image[];
  base: string;
}

const MODE = { process: 'process isolation', hyperv: 'Hyper-V isolation' } as const;

/** "For 2025-09-10, the date in the pasted log" or the build date, saying which. */
function dateSentence(readings: PlatformReadings): string {
  return readings.dateFrom === 'paste'
    ? `For ${readings.date}, the date in the pasted log.`
    : `For ${readings.date}, the day this site was built: the paste has no timestamp (paste a timestamped log line to answer for another day).`;
}

/** One pasted image on one host within the platform's modes: the tag, or why not and what instead. */
function ImageOnHost(props: {
  reading: PlatformReading;
  host: PlatformReaderHost;
  image: Image;
  catalog: PasteCatalog;
  base: string;
}) {
  const { reading, host, image, catalog, base } = props;
  const { variant } = reading;
  const verdicts = lookupVerdicts(catalog, host.host, image.id);
  const mode =
    variant.allows.process && runs(verdicts.process)
      ? 'process'
      : variant.allows.hyperv && runs(verdicts.hyperv)
        ? 'hyperv'
        : null;
  const instead = host.tags.find((tag) => tag.family === image.family) ?? host.tags[0];
  const page = variant.pages.includes(image.id)
    ? withBase(base, variantImagePath(variant.platformId, variant.variantId, image.id))
    : null;
  return (
    <li>
      {page ? (
        <a className="underline" href={page}>
          {image.name}
        </a>
      ) : (
        image.name
      )}
      :{' '}
      {mode ? (
        <>
          runs with {MODE[mode]}. Tag:{' '}
          <code className="break-all" data-testid="platform-tag">
            {image.repository}:{image.tags[0]}
          </code>
        </>
      ) : (
        <>
          does not run on {variant.platformName}
          {runs(verdicts.hyperv) && !variant.allows.hyperv
            ? ' (it needs Hyper-V isolation, which is not offered)'
            : ''}
          .
          {instead && (
            <>
              {' '}
              Use{' '}
              <code className="break-all" data-testid="platform-tag">
                {instead.reference}
              </code>{' '}
              instead.
            </>
          )}
        </>
      )}
    </li>
  );
}

/** One host the variant gives on the date: the tags (or the pasted images' answers) and the dates. */
function HostPart(props: {
  reading: PlatformReading;
  host: PlatformReaderHost;
  images: readonly Image[];
  catalog: PasteCatalog;
  base: string;
}) {
  const { reading, host, images, catalog, base } = props;
  const known = catalog.hosts.find((h) => h.id === host.host);
  return (
    <li className="mt-1">
      <a className="font-semibold underline" href={withBase(base, hostPath(host.host))}>
        {known?.name ?? host.host}
      </a>
      {known ? ` (build ${known.build})` : ''}
      <ul className="list-disc pl-6">
        {images.length > 0
          ? images.map((image) => (
              <ImageOnHost
                key={image.id}
                reading={reading}
                host={host}
                image={image}
                catalog={catalog}
                base={base}
              />
            ))
          : host.tags.map((tag) => (
              <li key={tag.reference}>
                <code className="break-all" data-testid="platform-tag">
                  {tag.reference}
                </code>{' '}
                with {MODE[tag.isolation]}
              </li>
            ))}
      </ul>
      <p data-testid="platform-dates">{host.dates}.</p>
    </li>
  );
}

/**
 * The paste box's answer for a recognised platform variant: the platform, the host it gave on the paste's
 * date (or the build date, saying so), the tag within the isolation modes the platform allows, and the
 * platform's dates next to the OS's.
 */
export default function PlatformAnswer({ readings, catalog, images, base }: Props) {
  if (readings.readings.length === 0) return null;
  return (
    <div className="space-y-2">
      {readings.readings.map((reading) => {
        const { variant } = reading;
        // A default with several candidates has no variant page: its rule is on the platform's page.
        const candidates = (reading.defaulted?.variantIds.length ?? 1) > 1;
        const variantHref = candidates
          ? `${platformPath(variant.platformId)}#${variant.variantId}`
          : variantPath(variant.platformId, variant.variantId);
        return (
          <div
            key={`${variant.platformId}/${variant.variantId}`}
            className="rounded border border-slate-300 p-2 dark:border-slate-700"
            data-testid="platform-answer"
            data-platform={variant.platformId}
            data-variant={variant.variantId}
            data-hosts={reading.hosts.map((h) => h.host).join(' ')}
            data-date={readings.date}
            data-date-from={readings.dateFrom}
          >
            <p className="font-semibold">
              Platform:{' '}
              <a className="underline" href={withBase(base, platformPath(variant.platformId))}>
                {variant.platformName}
              </a>
              ,{' '}
              <a className="underline" href={withBase(base, variantHref)}>
                {variant.variantName}
              </a>{' '}
              (read from <code className="break-all">{reading.matched}</code>)
            </p>
            <p>{dateSentence(readings)}</p>
            {reading.defaulted && (
              <p data-testid="platform-default">
                {defaultSentence(reading, catalog.platforms?.variants ?? [])}
              </p>
            )}
            {reading.hosts.length === 0 ? (
              <>
                <p>
                  On that date {variant.variantName} gave no host
                  {lastHosts(variant.hosts).length > 0
                    ? `; it last gave ${lastHosts(variant.hosts)
                        .map(
                          (h) =>
                            `${catalog.hosts.find((known) => known.id === h.host)?.name ?? h.host} until ${h.to ?? ''}`,
                        )
                        .join(' and ')}`
                    : ''}
                  .
                </p>
                {lastHosts(variant.hosts).map((h) => (
                  <p key={h.host} data-testid="platform-dates">
                    {h.dates}.
                  </p>
                ))}
                {replacementSentence(variant) && (
                  <p data-testid="platform-replaced">{replacementSentence(variant)}</p>
                )}
              </>
            ) : (
              <>
                {reading.narrowed && (
                  <p data-testid="platform-narrowed">
                    {reading.narrowed === 'several'
                      ? `${variant.variantName} gave more than one host on that date; the Windows build in the paste names this one.`
                      : `The Windows build in the paste names a host ${variant.variantName} gave ${reading.hosts
                          .map((h) => periodText(h.from, h.to))
                          .join(' and ')}, not the one it gives on that date: the paste is older.`}
                  </p>
                )}
                {reading.hosts.length > 1 && !candidates && (
                  <p>
                    It was moving between hosts then, so either can be right; the job log&apos;s image line
                    names the one your job got.
                  </p>
                )}
                <ul>
                  {reading.hosts.map((host) => (
                    <HostPart
                      key={host.host}
                      reading={reading}
                      host={host}
                      images={images}
                      catalog={catalog}
                      base={base}
                    />
                  ))}
                </ul>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}
