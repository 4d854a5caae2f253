import type { Department } from '../../../shared/chat.js';

/**
 * What a shopper's message asks for: the labels of the trained classifier (corpus/*.json).
 * Each intent also names the department staff see it under; it never limits what the
 * assistant answers.
 */
export const INTENT_DEPARTMENTS = {
  greeting: 'sales',
  thanks: 'sales',
  goodbye: 'sales',
  off_topic: 'sales',
  product_info: 'sales',
  product_recommend: 'sales',
  product_compare: 'sales',
  accessory_find: 'sales',
  accessory_compat: 'sales',
  cart_view: 'sales',
  cart_add: 'sales',
  cart_remove: 'sales',
  order_status: 'service',
  order_list: 'service',
  order_cancel: 'service',
  order_change_address: 'service',
  shipping_info: 'service',
  returns: 'service',
  warranty: 'service',
  payment: 'service',
  account_password: 'service',
  account_manage: 'service',
  tech_battery: 'tech',
  tech_charging: 'tech',
  tech_connectivity: 'tech',
  tech_camera: 'tech',
  tech_screen: 'tech',
  tech_software: 'tech',
  safety_hazard: 'tech',
  scam_report: 'service',
  human_handoff: 'service',
  contact_info: 'service',
} as const satisfies Record<string, Department>;

export type Intent = keyof typeof INTENT_DEPARTMENTS;
export const INTENTS = Object.keys(INTENT_DEPARTMENTS) as Intent[];
export const isIntent = (name: string): name is Intent => name in INTENT_DEPARTMENTS;
