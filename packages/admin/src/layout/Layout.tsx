import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { WorkingYearProvider } from '../shared/year';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <WorkingYearProvider>
      <RaLayout menu={Menu} appBar={AppBar}>
        {children}
      </RaLayout>
    </WorkingYearProvider>
  );
}
