import { SearchInput as RaSearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/**
 * react-admin's search box shows only a placeholder, which screen readers and `getByLabel` do not
 * read as a name: this one also carries it as the input's label.
 */
export function SearchInput(props: SearchInputProps) {
  const translate = useTranslate();
  return (
    <RaSearchInput
      {...props}
      inputProps={{ 'aria-label': translate('ra.action.search'), ...props.inputProps }}
    />
  );
}
