/**
 * The `client:scenario` hydration directive for calculator islands. A plain
 * visit hydrates an island when it is scrolled into view, as `client:visible`
 * does, so an article loads no calculator code until the reader gets there.
 * A link that carries a scenario in its query string hydrates every island at
 * once, so the shared scenario is on screen (and in a printout) as soon as the
 * page loads, without scrolling.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate at load when the URL carries a query string, else when scrolled into view. */
    'client:scenario'?: boolean;
  }
}

export default function scenarioHydration(): AstroIntegration {
  return {
    name: 'hvfg-scenario-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'scenario', entrypoint: fileURLToPath(new URL('./scenario-hydration-client.ts', import.meta.url)) });
      },
    },
  };
}
