import type { Schema, Struct } from '@strapi/strapi';

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
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'C\u0103n c\u1EE9'>;
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

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'document.related-document': DocumentRelatedDocument;
      'media.figure': MediaFigure;
      'navigation.link': NavigationLink;
      'navigation.menu-item': NavigationMenuItem;
    }
  }
}
