import type { APIRoute } from 'astro';
import { cardResponse } from '../../data/cards';
import { SITE_CARD_PATH } from '../../lib/outputs/cards/catalog';

/** The site's card: the home page and every page without a card of its own. */
export const GET: APIRoute = () => cardResponse(SITE_CARD_PATH);
