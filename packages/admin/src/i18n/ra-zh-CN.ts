import chineseMessages from '@haxqer/ra-language-chinese';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { deepMerge } from './merge';

/**
 * react-admin's own strings in Chinese: the community package was written for react-admin 4, so the
 * keys react-admin 5 added are filled in here (a test compares the key sets with the English ones).
 */
const addedInV5 = {
  ra: {
    action: { reset: '重置', search_columns: '搜索列', select_all_button: '全选' },
    page: { access_denied: '无权访问', authentication_error: '身份验证出错' },
    message: {
      access_denied: '您没有访问此页面的权限',
      authentication_error: '身份验证服务返回错误，无法核对您的登录信息。',
      select_all_limit_reached: '记录过多，无法全部选中，仅选中了前 %{max} 条。',
      placeholder_data_warning: '网络问题：数据刷新失败。',
    },
    navigation: { clear_filters: '清除筛选', no_filtered_results: '当前筛选条件下没有找到%{name}。' },
    auth: { email: '电子邮箱' },
    notification: { offline: '网络未连接，无法获取数据。' },
    validation: { unique: '必须唯一' },
    guesser: { empty: { title: '没有可显示的数据', message: '请检查数据提供程序' } },
  },
};

/**
 * The community package's page titles were written for react-admin 4: they show a record's id
 * ("村（社区） #5a2243b6-…") and put a space before 列表. React-admin 5 passes the record's name
 * (the resource's recordRepresentation) instead; the empty page reads as plain Chinese.
 */
const wording = {
  ra: {
    page: {
      list: '%{name}',
      show: '%{name}：%{recordRepresentation}',
      edit: '编辑%{name}：%{recordRepresentation}',
      create: '新建%{name}',
      empty: '暂无%{name}',
      invite: '点击“新建”添加。',
    },
  },
};

// The package is CommonJS with `exports.default`: bundlers disagree on what a default import yields.
const chinese = ((chineseMessages as { default?: unknown }).default ??
  chineseMessages) as TranslationMessages;

export const raChinese = deepMerge(
  deepMerge(deepMerge(englishMessages, chinese), addedInV5),
  wording,
) as TranslationMessages;
