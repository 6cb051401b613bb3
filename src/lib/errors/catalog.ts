/**
 * Every error kind the paste box explains, in one list: the HCS codes, the unlisted-HCS-code fallback
 * and the engine and registry errors. The /errors/ pages, the JSON API and the cards are built from it.
 */
import { ENGINE_KINDS } from './catalog-engine';
import { HCS_CODES, UNLISTED_HCS_CODE } from './catalog-hcs';
import type { ErrorKind } from './kinds';

/** Every error kind with a page: engine and registry errors first (most searched), then HCS codes. */
export const ERROR_KINDS: readonly ErrorKind[] = [...ENGINE_KINDS, ...HCS_CODES, UNLISTED_HCS_CODE];
