import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { PanoptoListResponse, Tag, TagCreate, TagMerge, TagSortField, TagUpdate } from 'panopto-ng/core';
import { PanoptoAllPagesOptions, PanoptoPageOptions, allPages, pageQuery } from './paging';
import { callOptions, deleteRequest, listRequest } from './request-helpers';

/**
 * `/tags`: the site's shared tag vocabulary (a session's own tags are `api.sessions.tags()`). Reach it as
 * `inject(PanoptoApi).tags`.
 *
 * @example
 * ```ts
 * api.tags.all({ sortField: 'UsageCount', sortOrder: 'Desc' }).pipe(take(20), toArray()).subscribe(showSuggestions);
 * ```
 */
export class TagsApi {
  constructor(private readonly http: PanoptoHttp) {}

  /** `GET /tags`: one page (default sort `CreateDate`). */
  list(options?: PanoptoPageOptions<TagSortField>): Observable<PanoptoListResponse<Tag>> {
    return listRequest<Tag>(this.http, () => ({
      method: 'GET',
      path: '/tags',
      query: pageQuery(options),
      resource: 'the tags',
      ...callOptions(options),
    }));
  }

  /** Every tag, page by page. */
  all(options?: PanoptoAllPagesOptions<PanoptoPageOptions<TagSortField>>): Observable<Tag> {
    return allPages((pageNumber) => this.list({ ...options, pageNumber }));
  }

  /** `GET /tags/{id}` */
  get(id: string, options?: PanoptoCallOptions): Observable<Tag> {
    return this.http.request<Tag>(() => ({
      method: 'GET',
      path: '/tags/{id}',
      pathParams: { id },
      resource: `tag ${id}`,
      ...callOptions(options),
    }));
  }

  /** `POST /tags` */
  create(tag: TagCreate, options?: PanoptoCallOptions): Observable<Tag> {
    return this.http.request<Tag>(() => ({
      method: 'POST',
      path: '/tags',
      body: { Content: tag.Content },
      resource: 'the tags',
      ...callOptions(options),
    }));
  }

  /** `PUT /tags/{id}`: renames the tag on every session that carries it. */
  update(id: string, changes: TagUpdate, options?: PanoptoCallOptions): Observable<Tag> {
    return this.http.request<Tag>(() => ({
      method: 'PUT',
      path: '/tags/{id}',
      pathParams: { id },
      body: { Content: changes.Content },
      resource: `tag ${id}`,
      ...callOptions(options),
    }));
  }

  /** `DELETE /tags/{id}`: takes the tag off every session. */
  delete(id: string, options?: PanoptoCallOptions): Observable<string | null> {
    return deleteRequest(this.http, () => ({
      path: '/tags/{id}',
      pathParams: { id },
      resource: `tag ${id}`,
      ...callOptions(options),
    }));
  }

  /** `POST /tags/{id}/merge`: the listed tags' sessions carry this tag instead, and those tags are deleted. */
  merge(id: string, merge: TagMerge, options?: PanoptoCallOptions): Observable<Tag> {
    return this.http.request<Tag>(() => ({
      method: 'POST',
      path: '/tags/{id}/merge',
      pathParams: { id },
      body: { TagIdsToMerge: merge.TagIdsToMerge },
      guids: Object.fromEntries(merge.TagIdsToMerge.map((tagId, i) => [`TagIdsToMerge[${i}]`, tagId])),
      resource: `tag ${id}`,
      ...callOptions(options),
    }));
  }
}
