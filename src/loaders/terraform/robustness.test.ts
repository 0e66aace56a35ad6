/** Whatever the text, loading gives units (with errors), never an exception. */
import { describe, expect, it } from 'vitest';
import fc from '../../../test/helpers/property.js';
import { loadTerraformFiles } from './directory.js';

const TOKENS = [
  'resource "aws_sagemaker_notebook_instance" "nb" {',
  'resource "aws_iam_role" "r" {',
  'data "aws_iam_policy_document" "d" {',
  'module "m" {',
  'dynamic "ingress" {',
  'statement {',
  'content {',
  'locals {',
  'variable "v" {',
  '}',
  'source = "./m"',
  'for_each = var.v',
  'count = length(local.x)',
  'name = "${var.v}-${local.x}"',
  'role_arn = aws_iam_role.r.arn',
  'policy = data.aws_iam_policy_document.d.json',
  'x = local.x',
  'v = [for k, v in var.v : v if k != ""]',
  'tags = merge(var.v, { a = 1 })',
  'y = var.v ? null : try(local.y[0], "z")',
  'z = jsonencode({ Statement = [{ Action = "*" }] })',
  'p = <<EOF\n{"a": "${var.v}"}\nEOF',
  'f = file("x.json")',
  'q = templatefile("t.tpl", { a = var.v })',
  'w = ',
  '"',
  '[',
  '${',
  '# sagelint:ignore SM001 why',
];

const HEADERS = [
  'resource "aws_sagemaker_notebook_instance" "nb" {',
  'resource "aws_iam_role" "r" {',
  'resource "aws_security_group" "sg" {',
  'resource "aws_redshift_cluster" "c" {',
  'data "aws_iam_policy_document" "d" {',
  'module "m" {',
  'locals {',
  'variable "v" {',
  'provider "aws" {',
];
const NESTED = ['dynamic "ingress" {\n  for_each = var.v\n  content {\n    cidr_blocks = [ingress.value]\n  }\n}', 'statement {\n  actions = local.x\n}', 'default_tags {\n  tags = var.v\n}'];
const ATTRIBUTES = TOKENS.filter((t) => /^[a-z_]+ = ./.test(t) && !t.endsWith('= '));

describe('robustness', () => {
  it('evaluates arbitrary well-formed mixes of blocks and expressions without throwing', async () => {
    const block = fc.tuple(fc.constantFrom(...HEADERS), fc.array(fc.constantFrom(...ATTRIBUTES, ...NESTED), { maxLength: 8 })).map(([header, body]) => [header, ...body, '}'].join('\n'));
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 12 }), fc.array(block, { maxLength: 4 }), async (main, module) => {
        const units = await loadTerraformFiles({ 'main.tf': main.join('\n'), 'm/main.tf': module.join('\n'), 'x.json': '{"Statement": []}', 't.tpl': '${a}' });
        expect(units.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('loads arbitrary mixes of Terraform fragments without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), fc.array(fc.constantFrom(...TOKENS), { maxLength: 10 }), async (main, module) => {
        const units = await loadTerraformFiles({ 'main.tf': main.join('\n'), 'm/main.tf': module.join('\n'), 'x.json': '{"Statement": []}', 't.tpl': '${a}' });
        expect(units.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
