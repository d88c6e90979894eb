import type { Messages } from '../../i18n/types';

export const messages: Messages = {
  'zh-CN': {
    resources: {
      User: {
        name: '用户 |||| 用户',
        fields: {
          username: '用户名',
          displayName: '姓名',
          role: '角色',
          townshipId: '所属乡镇（街道）',
          villageId: '所属村（社区）',
          active: '启用',
          password: '登录密码',
          newPassword: '新密码',
          createdAt: '创建时间',
          updatedAt: '更新时间',
        },
      },
    },
    fanben: {
      user: {
        exportFile: '用户名单',
        scope: '工作范围',
        countyWide: '全区',
        passwordHelp: '至少8位',
        newPasswordHelp: '留空则不修改；修改后该用户需重新登录',
        passwordTooShort: '密码至少8位',
        usernameFormat: '只能包含字母、数字、“.”、“_”和“-”',
        villageHelp: '村级填报员须指定所在村（社区），所属乡镇随之确定',
        townshipHelp: '乡镇审核员须指定所在乡镇（街道）',
        deactivate: '停用账号',
        activate: '启用账号',
        deactivateTitle: '停用账号 %{name}',
        deactivateContent: '停用后该用户无法登录，已登录的会话立即失效。历史记录和审计日志保留。',
        activateTitle: '启用账号 %{name}',
        activateContent: '启用后该用户可以重新登录。',
        deactivated: '账号已停用',
        activated: '账号已启用',
      },
    },
  },
  en: {
    resources: {
      User: {
        name: 'User |||| Users',
        fields: {
          username: 'Username',
          displayName: 'Name',
          role: 'Role',
          townshipId: 'Township',
          villageId: 'Village',
          active: 'Active',
          password: 'Password',
          newPassword: 'New password',
          createdAt: 'Created',
          updatedAt: 'Updated',
        },
      },
    },
    fanben: {
      user: {
        exportFile: 'Users',
        scope: 'Scope',
        countyWide: 'Whole county',
        passwordHelp: 'At least 8 characters',
        newPasswordHelp: 'Leave empty to keep it; a change signs the user out',
        passwordTooShort: 'At least 8 characters',
        usernameFormat: 'Only letters, digits, ".", "_" and "-"',
        villageHelp: 'A village clerk works for one village, which also sets the township',
        townshipHelp: 'A township officer works for one township',
        deactivate: 'Deactivate',
        activate: 'Activate',
        deactivateTitle: 'Deactivate %{name}',
        deactivateContent:
          'The user can no longer sign in and open sessions end at once. History and the audit trail stay.',
        activateTitle: 'Activate %{name}',
        activateContent: 'The user can sign in again.',
        deactivated: 'Account deactivated',
        activated: 'Account activated',
      },
    },
  },
};
