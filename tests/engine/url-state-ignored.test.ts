/**
 * URL state always says what it ignored, so a shared link never drops a value silently: a query too long
 * to read is reported for each field it sets, and a text value the model
 * refuses falls back to the default with a reason, exactly as a malformed
 * number does.
 */
import { describe, expect, it } from 'vitest';
import { nlbClusterMac } from '../../src/engine/network/nlb-cluster-mac.ts';
import { MAX_QUERY_LENGTH, readModelScenario, readScenario } from '../../src/engine/url-state.ts';

describe('URL state says what it ignored', () => {
  it('a query over the limit is not parsed, and each field it sets is told so', () => {
    const query = `?clusterIp=10.0.0.1&hostPriority=2&pad=${'x'.repeat(MAX_QUERY_LENGTH)}`;
    const { values, fallbacks } = readScenario(nlbClusterMac.schema, query);
    expect(values).toEqual({});
    expect(Object.keys(fallbacks).sort()).toEqual(['clusterIp', 'hostPriority']);
    expect(fallbacks.hostPriority).toMatch(
      /^The link's query is 4,194,[0-9]{3} characters, over the 4,194,304 this page reads, so it was ignored; using the default, 1\.$/,
    );
  });

  it('a long query under the limit (400,000 characters) is read, not dropped', () => {
    const query = `?hostPriority=2&pad=${'x'.repeat(400_000)}`;
    expect(readScenario(nlbClusterMac.schema, query).values).toEqual({ hostPriority: 2 });
  });

  it('a text value the model refuses falls back like a numeric one', () => {
    const text = readModelScenario(nlbClusterMac, '?clusterIp=not-an-ip&hostPriority=3');
    expect(text.values).toEqual({ hostPriority: 3 });
    expect(text.fallbacks.clusterIp).toMatch(/^The link set clusterIp to "not-an-ip", which .+; using the default, /);
    const numeric = readModelScenario(nlbClusterMac, '?hostPriority=abc');
    expect(numeric.fallbacks.hostPriority).toMatch(/^The link set hostPriority to "abc", which .+; using the default, 1\.$/);
  });

  it('a valid text value is kept', () => {
    expect(readModelScenario(nlbClusterMac, '?clusterIp=10.0.0.1')).toEqual({ values: { clusterIp: '10.0.0.1' }, fallbacks: {} });
  });
});
