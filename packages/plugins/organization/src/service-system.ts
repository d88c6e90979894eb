import { allOf, atLeast, defineIndicator, field, i18n, mustBeTrue } from '@fanben/plugin-sdk';

const partyCore = i18n('党组织领导核心作用', 'Party organization as the core');
const serviceOrganizations = i18n('服务组织数', 'Service organizations');
const serviceItems = i18n('服务事项数', 'Service items');

export const serviceSystem = defineIndicator({
  key: 'organization.service-system',
  category: 'organization',
  version: 1,
  title: i18n('一核多元服务体系', '"One core, many" service system'),
  description: i18n(
    '以村党组织为核心、多元服务组织参与的基层服务体系。',
    'A grassroots service system with the village Party organization at its core and several service organizations around it.',
  ),
  inputs: {
    partyCore: field.boolean(partyCore, {
      help: i18n(
        '村党组织是否发挥领导核心作用（须为“是”）。',
        'Whether the village Party organization acts as the leading core (must be yes).',
      ),
    }),
    serviceOrganizations: field.int(serviceOrganizations, {
      help: i18n(
        '在村开展服务的各类组织数量（如合作社、志愿服务队、社会组织）。',
        'Organizations delivering services in the village (e.g. cooperatives, volunteer teams, social organizations).',
      ),
      min: 0,
      unit: '个',
    }),
    serviceItems: field.int(serviceItems, {
      help: i18n('面向村民提供的服务事项数量。', 'Service items offered to villagers.'),
      min: 0,
      unit: '项',
    }),
  },
  params: {
    minServiceOrganizations: field.int(i18n('服务组织数下限', 'Minimum service organizations'), {
      help: i18n('服务组织数须达到的最小值。', 'The smallest number of service organizations that passes.'),
      min: 0,
      unit: '个',
    }),
    minServiceItems: field.int(i18n('服务事项数下限', 'Minimum service items'), {
      help: i18n('服务事项数须达到的最小值。', 'The smallest number of service items that passes.'),
      min: 0,
      unit: '项',
    }),
  },
  defaults: {
    '1': { minServiceOrganizations: 2, minServiceItems: 5 },
    '2': { minServiceOrganizations: 3, minServiceItems: 10 },
    '3': { minServiceOrganizations: 5, minServiceItems: 15 },
  },
  evaluate(input, params) {
    return allOf(
      mustBeTrue(partyCore, input.partyCore),
      atLeast(serviceOrganizations, input.serviceOrganizations, params.minServiceOrganizations),
      atLeast(serviceItems, input.serviceItems, params.minServiceItems),
    );
  },
});
