import { Show, TopToolbar } from 'react-admin';
import { AssessmentWorkspace } from './AssessmentWorkspace';
import { ReferenceButton } from './ReferenceButton';

function ShowActions() {
  return (
    <TopToolbar>
      <ReferenceButton />
    </TopToolbar>
  );
}

/** The assessor's working page for one assessment (and everyone's record of it afterwards). */
export function AssessmentShow() {
  return (
    <Show actions={<ShowActions />} component="div">
      <AssessmentWorkspace />
    </Show>
  );
}
