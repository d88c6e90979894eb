import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { lazy } from 'react';
import type { ResourceModule } from '../types';

// The views load on first use: they reach the API client, which the message catalog (and its test) must
// not need, and the console's first page stays small.
const CertificationList = lazy(() =>
  import('./CertificationList').then((m) => ({ default: m.CertificationList })),
);
const CertificationShow = lazy(() =>
  import('./CertificationShow').then((m) => ({ default: m.CertificationShow })),
);

const certifications: ResourceModule = {
  name: 'Certification',
  list: CertificationList,
  show: CertificationShow,
  icon: WorkspacePremiumIcon,
  recordRepresentation: (record) => `${record.year} · ${record.tier}`,
  menuGroup: 'work',
};

export default certifications;
