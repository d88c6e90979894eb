import {
  AutocompleteArrayInput,
  ChipField,
  FunctionField,
  ReferenceArrayField,
  ReferenceArrayInput,
  SingleFieldList,
  type RaRecord,
} from 'react-admin';
import { VILLAGE_ORDER } from './referenceOrder';

/*
 * The townships and villages a department helps or a training reached (the server's PlaceLink):
 * one set of fields and inputs for both resources. Fields keep `source` as a prop so react-admin's
 * layouts label them.
 */

interface PlaceFieldProps {
  label?: string;
  sortable?: boolean;
}

/** The townships as chips. */
export function TownshipsField(props: PlaceFieldProps & { source: 'townshipIds' }) {
  return (
    <ReferenceArrayField {...props} reference="Township">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
}

/** The villages as chips leading to each village's page. */
export function VillagesField(props: PlaceFieldProps & { source: 'villageIds' }) {
  return (
    <ReferenceArrayField {...props} reference="Village">
      <SingleFieldList linkType="show">
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
}

/** How many villages, for a list column (the names would not fit). */
export function VillageCountField(props: PlaceFieldProps & { source: 'villageCount' }) {
  return (
    <FunctionField {...props} render={(r: RaRecord) => (r.villageIds as string[] | undefined)?.length ?? 0} />
  );
}

/** Pickers for the townships and the villages. */
export function PlacesInputs() {
  return (
    <>
      <ReferenceArrayInput
        source="townshipIds"
        reference="Township"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteArrayInput optionText="name" />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="villageIds" reference="Village" sort={VILLAGE_ORDER}>
        <AutocompleteArrayInput optionText="name" />
      </ReferenceArrayInput>
    </>
  );
}

/** A new record starts with no places (the API takes lists). */
export const NO_PLACES = { townshipIds: [], villageIds: [] };
