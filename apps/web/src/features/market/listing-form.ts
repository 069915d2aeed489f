import { listingSchema } from '@sim-se/shared';
import { countText, rupiahText } from '../../lib/form';

/** The listing rules, with price and stock read from the text typed in their inputs. */
export const listingFormSchema = listingSchema.extend({
  price: rupiahText(listingSchema.shape.price),
  stock: countText(listingSchema.shape.stock),
});
