import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKeys, groupByKeys, type RequestLoaders } from '@techmarket/shared';
import { AUCTION_COLUMNS, type AuctionRow, auctionStateOf } from '../auctions/auction-state.js';
import type { AuctionState } from '../auctions/auction-state.model.js';
import { DealEntity } from '../deals/deal.entity.js';
import type { EvidenceRow } from '../evidence/evidence.service.js';
import { type EvidenceVerification, verifyChain } from '../rules/index.js';

interface ChainRow extends EvidenceRow {
  listingId: string;
}

/**
 * The per-listing fields of a listing page, one statement per field for the whole page (DataLoader):
 * a page of 20 listings costs what a page of one does.
 */
@Injectable()
export class ListingFieldsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  auction(loaders: RequestLoaders, listingId: string): Promise<AuctionState | null> {
    return loaders
      .get<string, AuctionState | null>('auctionByListing', async (ids) => {
        const rows: AuctionRow[] = await this.db.query(
          `select ${AUCTION_COLUMNS} from trade_listings l left join registrations lr on lr.id = l.leading_registration_id
            where l.id = any($1::uuid[]) and l.start_price is not null and l.current_mode = 'AUCTION'`,
          [ids],
        );
        return byKeys(ids, rows, (r) => r.id).map((r) => (r ? auctionStateOf(r) : null));
      })
      .load(listingId);
  }

  deal(loaders: RequestLoaders, listingId: string): Promise<DealEntity | null> {
    return loaders
      .get<string, DealEntity | null>('dealByListing', async (ids) =>
        byKeys(
          ids,
          await this.db.getRepository(DealEntity).findBy({ listingId: In([...ids]) }),
          (d) => d.listingId as string,
        ),
      )
      .load(listingId);
  }

  /** The evidence log, in chain order. */
  evidenceLog(loaders: RequestLoaders, listingId: string): Promise<EvidenceRow[]> {
    return this.chain(loaders, listingId);
  }

  /**
   * The chain's links, length and head checked against the head recorded with the listing, without
   * recomputing any hash (`verifyEvidence` recomputes them all): reading a listing does not re-hash.
   */
  async evidence(
    loaders: RequestLoaders,
    listing: { id: string; evidenceLength: number; evidenceHead: string | null },
  ): Promise<EvidenceVerification> {
    const entries = await this.chain(loaders, listing.id);
    // entries appended after the listing row was read extend a chain whose recorded head they keep
    const anchor = listing.evidenceHead
      ? { length: listing.evidenceLength, headHash: listing.evidenceHead }
      : undefined;
    return verifyChain(entries, anchor, [], 'links');
  }

  private chain(loaders: RequestLoaders, listingId: string): Promise<EvidenceRow[]> {
    return loaders
      .get<string, EvidenceRow[]>('evidenceChainByListing', async (ids) =>
        groupByKeys(
          ids,
          (await this.db.query(
            `select listing_id as "listingId", index, kind, hash, prev_hash as "prevHash", created_at as "createdAt"
               from evidence_entries where listing_id = any($1::uuid[]) order by listing_id, index`,
            [ids],
          )) as ChainRow[],
          (r) => r.listingId,
        ),
      )
      .load(listingId);
  }
}
