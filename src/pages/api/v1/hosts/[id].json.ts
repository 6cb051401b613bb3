import type { APIRoute, GetStaticPaths } from 'astro';
import { apiHostCells } from '../../../../lib/outputs/api';
import { getApiMatrix } from '../../../../data/api';
import { getModel } from '../../../../data/model';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.hosts.map((host) => ({ params: { id: host.id } }));
}) satisfies GetStaticPaths;

/** One host's cells with reasons and notes; the matrix island fetches it when a host is picked. */
export const GET: APIRoute = async ({ params }) => {
  const matrix = await getApiMatrix();
  return new Response(JSON.stringify(apiHostCells(matrix, params.id ?? '')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
