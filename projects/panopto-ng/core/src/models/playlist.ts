import { BasicFolder } from './common';

/** `PlaylistUrls` */
export interface PlaylistUrls {
  ViewerUrl?: string;
  EmbedUrl?: string;
  ThumbnailUrl?: string;
}

/** `Playlist`. Listings fill only `Urls.ViewerUrl`. */
export interface Playlist {
  Id: string;
  Name: string;
  Description?: string | null;
  Folder?: BasicFolder | null;
  Urls?: PlaylistUrls;
}

/** `PlaylistCreate`: body of `POST /playlists`. `Sessions` are added in order. */
export interface PlaylistCreate {
  Name: string;
  Description?: string;
  FolderId: string;
  Sessions?: string[];
}

/** `PlaylistUpdate`: body of `PUT /playlists/{id}`. `Folder` moves the playlist. */
export interface PlaylistUpdate {
  Name?: string;
  Description?: string;
  Folder?: string;
}

/** `PlaylistAddSession`: body of `PUT /playlists/{id}/sessions`. `Index` 0 inserts first; omitted appends. */
export interface PlaylistAddSession {
  SessionId: string;
  Index?: number;
}

/** `PlaylistSortFields` */
export type PlaylistSortField = 'Name' | 'CreatedDate' | 'Relevance';
/** `PlaylistSessionSortFields` (default `Order`). */
export type PlaylistSessionSortField = 'Name' | 'CreatedDate' | 'Relevance' | 'Order';
