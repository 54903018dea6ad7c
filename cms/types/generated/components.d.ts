import type { Schema, Struct } from '@strapi/strapi';

export interface BudgetLine extends Struct.ComponentSchema {
  collectionName: 'components_budget_lines';
  info: {
    description: 'M\u1ED9t ch\u1EC9 ti\u00EAu thu ho\u1EB7c chi, s\u1ED1 ti\u1EC1n t\u00EDnh b\u1EB1ng \u0111\u1ED3ng';
    displayName: 'D\u00F2ng s\u1ED1 li\u1EC7u ng\u00E2n s\u00E1ch';
    icon: 'layer';
  };
  attributes: {
    actual: Schema.Attribute.BigInteger;
    item: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    planned: Schema.Attribute.BigInteger;
    section: Schema.Attribute.Enumeration<['Thu ng\u00E2n s\u00E1ch', 'Chi ng\u00E2n s\u00E1ch']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'Thu ng\u00E2n s\u00E1ch'>;
  };
}

export interface DocumentRelatedDocument extends Struct.ComponentSchema {
  collectionName: 'components_document_related_documents';
  info: {
    description: 'V\u0103n b\u1EA3n \u0111\u01B0\u1EE3c thay th\u1EBF, s\u1EEDa \u0111\u1ED5i, h\u01B0\u1EDBng d\u1EABn ho\u1EB7c l\u00E0m c\u0103n c\u1EE9';
    displayName: 'V\u0103n b\u1EA3n li\u00EAn quan';
    icon: 'link';
  };
  attributes: {
    document: Schema.Attribute.Relation<'oneToOne', 'api::document.document'>;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    relationKind: Schema.Attribute.Enumeration<
      [
        'Thay th\u1EBF',
        'S\u1EEDa \u0111\u1ED5i, b\u1ED5 sung',
        'H\u01B0\u1EDBng d\u1EABn',
        'C\u0103n c\u1EE9',
        'B\u00E3i b\u1ECF',
        'B\u00E3i b\u1ECF m\u1ED9t ph\u1EA7n',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'C\u0103n c\u1EE9'>;
  };
}

export interface InfoAccessItem extends Struct.ComponentSchema {
  collectionName: 'components_info_access_items';
  info: {
    description: 'M\u1ED9t lo\u1EA1i th\u00F4ng tin ph\u1EA3i c\u00F4ng khai: n\u01A1i \u0111\u0103ng v\u00E0 th\u1EDDi h\u1EA1n';
    displayName: 'Th\u00F4ng tin ph\u1EA3i c\u00F4ng khai';
    icon: 'bulletList';
  };
  attributes: {
    legalBasis: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    location: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    timing: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

export interface InvestmentProgressUpdate extends Struct.ComponentSchema {
  collectionName: 'components_investment_progress_updates';
  info: {
    description: 'Ti\u1EBFn \u0111\u1ED9 d\u1EF1 \u00E1n t\u1EA1i m\u1ED9t ng\u00E0y';
    displayName: 'C\u1EADp nh\u1EADt ti\u1EBFn \u0111\u1ED9';
    icon: 'clock';
  };
  attributes: {
    disbursed: Schema.Attribute.BigInteger;
    note: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    percentComplete: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    updateDate: Schema.Attribute.Date & Schema.Attribute.Required;
  };
}

export interface MediaFigure extends Struct.ComponentSchema {
  collectionName: 'components_media_figures';
  info: {
    description: 'M\u1ED9t \u1EA3nh v\u1EDBi v\u0103n b\u1EA3n thay th\u1EBF b\u1EAFt bu\u1ED9c cho ng\u01B0\u1EDDi khi\u1EBFm th\u1ECB';
    displayName: '\u1EA2nh k\u00E8m m\u00F4 t\u1EA3';
    icon: 'picture';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

export interface NavigationLink extends Struct.ComponentSchema {
  collectionName: 'components_navigation_links';
  info: {
    displayName: 'Li\u00EAn k\u1EBFt';
    icon: 'link';
  };
  attributes: {
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface NavigationMenuItem extends Struct.ComponentSchema {
  collectionName: 'components_navigation_menu_items';
  info: {
    displayName: 'M\u1EE5c tr\u00ECnh \u0111\u01A1n';
    icon: 'bulletList';
  };
  attributes: {
    children: Schema.Attribute.Component<'navigation.link', true>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface PlanImplementationReport extends Struct.ComponentSchema {
  collectionName: 'components_plan_implementation_reports';
  info: {
    description: 'K\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n t\u1EA1i m\u1ED9t th\u1EDDi \u0111i\u1EC3m';
    displayName: 'B\u00E1o c\u00E1o th\u1EF1c hi\u1EC7n';
    icon: 'chart-line';
  };
  attributes: {
    files: Schema.Attribute.Media<'files' | 'images', true>;
    reportDate: Schema.Attribute.Date & Schema.Attribute.Required;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

export interface ScheduleEntry extends Struct.ComponentSchema {
  collectionName: 'components_schedule_entries';
  info: {
    description: 'M\u1ED9t vi\u1EC7c trong l\u1ECBch c\u00F4ng t\u00E1c tu\u1EA7n';
    displayName: 'N\u1ED9i dung l\u1ECBch c\u00F4ng t\u00E1c';
    icon: 'calendar';
  };
  attributes: {
    attendees: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    content: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    day: Schema.Attribute.Date & Schema.Attribute.Required;
    leader: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    place: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    time: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
  };
}

export interface StatisticsRow extends Struct.ComponentSchema {
  collectionName: 'components_statistics_rows';
  info: {
    description: 'M\u1ED9t ch\u1EC9 ti\u00EAu th\u1ED1ng k\u00EA: t\u00EAn, \u0111\u01A1n v\u1ECB, s\u1ED1 k\u1EF3 tr\u01B0\u1EDBc v\u00E0 k\u1EF3 n\u00E0y';
    displayName: 'D\u00F2ng s\u1ED1 li\u1EC7u th\u1ED1ng k\u00EA';
    icon: 'layer';
  };
  attributes: {
    current: Schema.Attribute.Decimal & Schema.Attribute.Required;
    indicator: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    previous: Schema.Attribute.Decimal;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'budget.line': BudgetLine;
      'document.related-document': DocumentRelatedDocument;
      'info-access.item': InfoAccessItem;
      'investment.progress-update': InvestmentProgressUpdate;
      'media.figure': MediaFigure;
      'navigation.link': NavigationLink;
      'navigation.menu-item': NavigationMenuItem;
      'plan.implementation-report': PlanImplementationReport;
      'schedule.entry': ScheduleEntry;
      'statistics.row': StatisticsRow;
    }
  }
}
