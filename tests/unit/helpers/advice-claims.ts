/**
 * Checks everything the site says about one cell against the verdicts and dates it cites: the advice data
 * and the rendered words of every view-facing function (sentences, copyable answers, card, API). Truth is
 * recomputed here from the model's verdicts and lifecycle.ts, not from advice.ts, so a wrong reason or a
 * missing retirement cannot agree with itself.
 */
import type { CellAdvice } from '../../../src/lib/advice/advice';
import { adviceSentences, plainText, useSentence } from '../../../src/lib/advice/advice-text';
import { answerMarkdown, answerPlain } from '../../../src/lib/outputs/answer-text';
import { cellCard } from '../../../src/lib/outputs/cards/content';
import { runs } from '../../../src/lib/knowledge/engine';
import { isHostRetired, isRetired, lifecycle } from '../../../src/lib/knowledge/lifecycle';
import type { Model } from '../../../src/lib/model/model';
import { imageReference } from '../../../src/lib/advice/recommend';
import type { Image } from '../../../src/lib/knowledge/schema';

/** Every text a user can read about the cell, by where it appears. */
export function renderedTexts(model: Model, hostId: string, imageId: string, advice: CellAdvice) {
  const host = model.hostsById.get(hostId);
  const image = model.imagesById.get(imageId);
  if (!host || !image) throw new Error(`Unknown cell ${hostId} × ${imageId}`);
  const facts = { imageName: image.name, hostName: host.name, advice, url: 'https://example.org/x/' };
  const card = cellCard(host, image, { ...model.cell(hostId, imageId), advice });
  return {
    sentences: adviceSentences(advice)
      .map((sentence) => plainText(sentence.text))
      .join(' '),
    markdown: answerMarkdown(facts),
    plain: answerPlain(facts),
    cardNote: card.note ?? '',
    cardAlt: card.alt,
  };
}

/** The claims that break the rules of issue 14, each naming what is wrong; empty when all hold. */
export function adviceViolations(
  model: Model,
  hostId: string,
  imageId: string,
  advice: CellAdvice,
): string[] {
  const problems: string[] = [];
  const fail = (text: string): void => void problems.push(`${hostId} × ${imageId}: ${text}`);
  const host = model.hostsById.get(hostId);
  const image = model.imagesById.get(imageId);
  if (!host || !image) return [`${hostId} × ${imageId}: unknown cell`];
  const verdicts = model.cell(hostId, imageId).verdict;
  const on = (other: Image) => model.cell(hostId, other.id).verdict;
  const imageRetired = isRetired(image.support, model.today);
  const imageEnd = lifecycle(image.support, model.today).retires;

  if (advice.process !== verdicts.process.verdict || advice.hyperv !== verdicts.hyperv.verdict)
    fail('verdicts differ from the model');
  // What to do: never a mode that does not run; process isolation whenever it runs.
  const runsAtAll = runs(verdicts.process.verdict) || runs(verdicts.hyperv.verdict);
  if (advice.use === null && runsAtAll) fail('says nothing runs, but a mode runs');
  if (advice.use !== null) {
    if (!runs(verdicts[advice.use.isolation].verdict))
      fail(`recommends ${advice.use.isolation}, which does not run`);
    if (advice.use.isolation === 'hyperv' && runs(verdicts.process.verdict))
      fail('recommends Hyper-V where process runs');
    if (advice.use.reference !== imageReference(image)) fail('recommends another reference than the image’s');
  }
  // Retirement, with the end date.
  if ((advice.image.ended !== null) !== imageRetired) fail('image retirement misstated');
  if (imageRetired && advice.image.ended !== imageEnd) fail('image end date differs from lifecycle');
  if ((advice.host.ended !== null) !== isHostRetired(host, model.today)) fail('host retirement misstated');

  const texts = renderedTexts(model, hostId, imageId, advice);
  const all = Object.values(texts);
  const plainTexts = [texts.sentences, texts.plain, texts.cardNote, texts.cardAlt];
  if (plainTexts.some((text) => text.includes('`'))) fail('literal backticks in plain text');
  const ownTag = new RegExp(`${imageReference(image).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`);
  if (advice.use === null && all.some((text) => ownTag.test(text)))
    fail('a text recommends the tag of an image that runs in neither mode');
  const sentence = plainText(useSentence(advice));
  if (sentence.includes('process isolation: use') && !runs(verdicts.process.verdict))
    fail('the use sentence names process isolation, which does not run');
  if (sentence.includes('Hyper-V isolation: use') && !runs(verdicts.hyperv.verdict))
    fail('the use sentence names Hyper-V isolation, which does not run');
  // Where this image is recommended, its retirement is said with its date; where anything is recommended
  // on this host, the host's.
  const recommends = advice.use !== null || advice.alternative !== null;
  for (const [side, ended, said] of [
    ['image', advice.image.ended, advice.use !== null],
    ['host', advice.host.ended, recommends],
  ] as const) {
    if (ended === null || !said) continue;
    for (const [where, text] of Object.entries(texts))
      if (!text.includes(ended)) fail(`${where} does not give the ${side}'s end date ${ended}`);
  }

  // A named limit is one its verdict gives, in the mode the advice uses.
  const limitNamed = all.join(' ').match(/limited by “([^”]+)”/)?.[1];
  const modeUsed = advice.use === null ? null : verdicts[advice.use.isolation];
  if (
    limitNamed !== undefined &&
    !(
      modeUsed?.verdict === 'limited' &&
      modeUsed.notes.some((note) => note.kind === 'limit' && note.title === limitNamed)
    )
  )
    fail(`names the limit "${limitNamed}", which its verdict does not`);

  // The alternative: strictly better on the reason it states, worse on none.
  const alternative = advice.alternative;
  const forProcess = all.some((text) => /for process isolation/i.test(text));
  const stillSupported = all.some((text) => /still supported|for a supported image/i.test(text));
  if (alternative === null) {
    if (forProcess) fail('says "for process isolation" without an alternative');
    if (stillSupported) fail('says "still supported" without an alternative');
    if (all.some((text) => /\binstead\b/i.test(text))) fail('says "instead" without an alternative');
    return problems;
  }
  const other = model.imagesById.get(alternative.id);
  if (!other) return [...problems, `${hostId} × ${imageId}: unknown alternative ${alternative.id}`];
  const theirs = on(other);
  const otherRetired = isRetired(other.support, model.today);
  if (alternative.process !== theirs.process.verdict || alternative.hyperv !== theirs.hyperv.verdict)
    fail('alternative verdicts differ from the model');
  if (!runs(theirs[alternative.isolation].verdict))
    fail(`alternative recommended with ${alternative.isolation}, which does not run`);
  if ((alternative.ended !== null) !== otherRetired) fail('alternative retirement misstated');
  // Wherever the alternative is named, a retired one comes with its end date.
  const named = all.filter((text) =>
    text.includes(alternative.reference.split('/').at(-1) ?? alternative.reference),
  );
  if (alternative.ended !== null && !named.every((text) => text.includes(alternative.ended ?? '')))
    fail('a retired alternative is recommended without its end date');
  const better = {
    runs: !runsAtAll && (runs(theirs.process.verdict) || runs(theirs.hyperv.verdict)),
    'process-isolation': !runs(verdicts.process.verdict) && runs(theirs.process.verdict),
    support: imageRetired && !otherRetired,
    'newer-build': other.family === image.family && other.build > image.build,
  };
  if (!better[alternative.reason])
    fail(`alternative ${other.id} is not better on its reason "${alternative.reason}"`);
  if (runsAtAll && !(runs(theirs.process.verdict) || runs(theirs.hyperv.verdict)))
    fail('alternative runs where this one does not');
  if (runs(verdicts.process.verdict) && !runs(theirs.process.verdict))
    fail('alternative loses process isolation');
  if (!imageRetired && otherRetired) fail('alternative is retired where this image is supported');
  if (forProcess && !runs(theirs.process.verdict))
    fail(`says "for process isolation" but ${other.id} does not run with it here`);
  if (stillSupported && !(imageRetired && !otherRetired))
    fail('says "still supported" but this image is not retired or the alternative is');
  return problems;
}
