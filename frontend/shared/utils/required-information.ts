/**
 * The list of information a commune must publish: one table, kept with the province dashboard's
 * scorecard that judges it (plugins/province-dashboard/shared/required-information.ts).
 */
export * from '../../../plugins/province-dashboard/shared/required-information';
