import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { resources } from './resources';
import { theme } from './theme';
import { screens } from './workflow';

export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      {resources.map((r) => (
        <Resource
          key={r.name}
          name={r.name}
          list={r.list}
          show={r.show}
          edit={r.edit}
          create={r.create}
          icon={r.icon}
          recordRepresentation={r.recordRepresentation}
        />
      ))}
      <CustomRoutes>
        {screens.map((s) => (
          <Route key={s.path} path={`/${s.path}`} element={<s.element />} />
        ))}
      </CustomRoutes>
    </Admin>
  );
}
