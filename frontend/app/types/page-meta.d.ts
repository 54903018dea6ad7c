declare module '#app' {
  interface PageMeta {
    /** A content page: the layout shows "Thông tin này có hữu ích không?" under it (components/citizen/PageRating.vue). */
    rating?: boolean;
  }
}

export {};
