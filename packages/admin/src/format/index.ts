export { formatDate, formatDateTime } from './date';
export { formatWan, formatYuan } from './money';
export { MoneyField, DateText, DateTextField } from './fields';
