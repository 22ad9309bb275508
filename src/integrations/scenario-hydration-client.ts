/** Browser side of `client:scenario` (see scenario-hydration.ts). Astro inlines it into pages that use it. */
import type { ClientDirective } from 'astro';

const hydrateForScenario: ClientDirective = (load, _options, el) => {
  const hydrate = async () => {
    const run = await load();
    await run();
  };
  if (window.location.search.length > 1) {
    void hydrate();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void hydrate();
  });
  for (const child of el.children) observer.observe(child);
};

export default hydrateForScenario;
