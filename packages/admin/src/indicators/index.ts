/**
 * Schema-driven indicator forms: every indicator form and comparison is generated from the field
 * definitions `indicatorDefinitions` returns, so a newly loaded plugin or formula indicator appears
 * with no console change.
 */
export type {
  AssessmentStepView,
  FieldDescription,
  FieldType,
  FieldValues,
  IndicatorDefinition,
  ValuesByIndicator,
} from './types';
export {
  useIndicatorDefinitions,
  useInvalidateIndicatorDefinitions,
  type IndicatorDefinitionsResult,
} from './useIndicatorDefinitions';
export { decodeKey, decodeKeys, encodeKey, encodeKeys, indicatorSource } from './formKeys';
export { fromFormValues, groupByCategory, normalizeFieldValues, toFormValues } from './values';
export { formatFieldValue, formatMargin } from './display';
export { ReadinessText } from './ReadinessText';
export {
  FieldInput,
  IndicatorFieldsInput,
  validatorsFor,
  type IndicatorFieldsInputProps,
} from './IndicatorFieldsInput';
export {
  DefinitionsStatus,
  IndicatorGroupsInput,
  IndicatorInputCard,
  useCategoryLabel,
} from './IndicatorGroupsInput';
export {
  IndicatorComparison,
  IndicatorComparisonCard,
  type IndicatorComparisonProps,
} from './IndicatorComparison';
export { messages as indicatorMessages } from './messages';
