/**
 * The guide's sections. One list drives the sidebar, the home page's topic
 * links, the `topic` front-matter field and the search filter.
 */
export const topics = [
  { id: 'migration', label: 'Migration', blurb: 'Live, shared-nothing and quick migration; draining a host.' },
  { id: 'storage', label: 'Storage', blurb: 'IOPS and RAID, Storage Spaces, CSV, Scale-Out File Server.' },
  { id: 'networking', label: 'Networking', blurb: 'NLB on Hyper-V, virtual switch, teaming, switch configuration.' },
  { id: 'tuning', label: 'Platform tuning', blurb: 'BIOS power settings, C-states, jumbo frames, host tuning.' },
  { id: 'security', label: 'Security', blurb: 'IPsec task offload and protecting VM traffic.' },
  { id: 'interop', label: 'Interoperability', blurb: 'OVF and OVA appliances, moving VMs between hypervisors.' },
  { id: 'compare', label: 'Comparisons', blurb: 'Hyper-V versions and vSphere, feature by feature, sourced.' },
  { id: 'notes', label: 'Field notes', blurb: 'Symptoms, causes and fixes from KB articles and the field.' },
] as const;

export type TopicId = (typeof topics)[number]['id'];
export const topicIds = topics.map((t) => t.id) as [TopicId, ...TopicId[]];

/** Windows Server releases an article can apply to (front matter `versions`). */
export const windowsVersions = ['2008', '2008r2', '2012', '2012r2', '2016', '2019', '2022', '2025'] as const;
export type WindowsVersion = (typeof windowsVersions)[number];
export const windowsVersionLabel = (v: WindowsVersion): string => `Windows Server ${v.replace('r2', ' R2')}`;
