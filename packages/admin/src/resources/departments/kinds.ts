import { enumChoices } from '../../shared/EnumField';

export const departmentKindChoices = enumChoices('departmentKind', [
  'LINKED_ASSISTANCE',
  'GROUP_ASSISTANCE',
  'PARTY_BUILDING_POVERTY_RELIEF',
]);
