// A missing revision reads the same as a missing family (the message covers both); kept here so the
// boundary sits next to its dynamic segment.
export { default } from '../not-found';
