/**
 * A shared link must never show the default scenario. Each calculator is
 * rendered at build time with the article's values, and applies the link's
 * scenario only once it hydrates; in between (about half a second) the page
 * would show, and print, figures the link did not ask for. This script, in
 * every page's <head> so it runs before the first paint, marks the page when
 * its address carries a query; guide.css then keeps calculators that have
 * not hydrated yet invisible (their space kept, so nothing moves), and
 * PlotChart hides a build-time chart until Plot has redrawn it. Without
 * JavaScript, or without a query, nothing is hidden: the defaults show.
 * csp-complete.ts adds its hash to each page's Content-Security-Policy.
 */
const scenarioPendingScript = "if(location.search.length>1)document.documentElement.setAttribute('data-scenario-pending','')";

/** The entry for Starlight's `head` option. */
export const scenarioPendingHead = { tag: 'script' as const, content: scenarioPendingScript };
