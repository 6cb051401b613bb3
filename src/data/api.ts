/**
 * The API document, built once per build: the matrix endpoint, the API page and every per-host endpoint
 * (one per host) read the same document, which is costly to assemble (every cell's advice in words).
 */
import { apiMatrix } from '../lib/outputs/api';
import type { ApiMatrix } from '../lib/outputs/api';
import { getModel } from './model';
import { url } from './url';

let cached: Promise<ApiMatrix> | undefined;

/** The API document with the deployment's base in every url; callers must not change it. */
export function getApiMatrix(): Promise<ApiMatrix> {
  cached ??= getModel().then((model) => apiMatrix(model, url));
  return cached;
}
