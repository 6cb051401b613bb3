import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../data/cards';
import { errorCardPath } from '../../../lib/outputs/cards/error-card';
import { errorPages } from '../../../lib/errors/pages';

export const getStaticPaths = (() =>
  errorPages().map((error) => ({ params: { id: error.id } }))) satisfies GetStaticPaths;

/** The social card of one error page. */
export const GET: APIRoute = ({ params }) => cardResponse(errorCardPath(params.id ?? ''));
