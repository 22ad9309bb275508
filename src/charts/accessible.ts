/**
 * Makes a chart Plot drew one accessible image: Plot labels its inner mark
 * groups (<g aria-label="bar">), which ARIA forbids on an element without a
 * role (axe "aria-prohibited-attr"). The plot's SVG becomes role="img" named
 * by the chart's label; legend swatches are hidden from assistive technology
 * (the legend's text stays); the figures themselves are in the table beside
 * the chart. Each inner group keeps Plot's name for it as `data-mark`
 * ("bar", "x-axis tick label"), so tests and styles can find what was drawn.
 * Works on a browser DOM and on linkedom's.
 */
export function tidyChart(chart: Element, label: string): Element {
  const svgs = chart.tagName.toLowerCase() === 'svg' ? [chart] : [...chart.querySelectorAll('svg')];
  for (const svg of svgs) {
    for (const inner of svg.querySelectorAll('[aria-label], [aria-description]')) {
      const name = inner.getAttribute('aria-label');
      if (name) inner.setAttribute('data-mark', name);
      inner.removeAttribute('aria-label');
      inner.removeAttribute('aria-description');
    }
  }
  // In a figure, Plot puts legends first and the plot's own SVG last.
  const plotSvg = svgs.at(-1);
  for (const svg of svgs) {
    if (svg === plotSvg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', label);
    } else {
      svg.setAttribute('aria-hidden', 'true');
    }
  }
  return chart;
}

/**
 * Plot redraws a tooltip on every pointer move as a new group carrying its
 * own aria-label; this keeps such groups tidy too (browser only). Returns
 * the function that stops watching.
 */
export function keepTidy(chart: Element): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const inner of [node, ...node.querySelectorAll('[aria-label]')]) {
          const name = inner.getAttribute('aria-label');
          if (name === null || inner.getAttribute('role') === 'img') continue;
          inner.setAttribute('data-mark', name);
          inner.removeAttribute('aria-label');
        }
      }
    }
  });
  observer.observe(chart, { childList: true, subtree: true });
  return () => observer.disconnect();
}
