/**
 * Registers the `client:interact` directive (./interact.ts) with Astro. Astro inlines the directive's
 * small script and adds its hash to the Content-Security-Policy itself.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The integration that adds `client:interact` to every page that uses it. */
export function hydrateOnInteraction(): AstroIntegration {
  return {
    name: 'hydrate-on-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interact',
          entrypoint: fileURLToPath(new URL('./interact.ts', import.meta.url)),
        });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /**
     * Hydrate on the first pointer, touch, focus or key press inside the island; with a name
     * (`client:interact="paste"`), also at once when the address ends in `#<name>=…`.
     */
    'client:interact'?: boolean | string;
  }
}
