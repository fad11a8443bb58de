//! tfgate's own syntax tree for Terraform configuration, lowered from hcl-edit (native
//! syntax) or from Terraform's JSON syntax.
//!
//! Why not evaluate hcl-edit's tree directly: `.tf.json` files must feed the same evaluator,
//! and hcl-edit's tree keeps every whitespace and comment decoration (about 33 times the source
//! size), which is too much to keep for a module while it is evaluated. This tree keeps exactly
//! what evaluation, rules and fixes need: names, expressions and byte spans into the file.

use std::sync::Arc;

use crate::base::span::Span;

/// The contents of a file or of a block.
#[derive(Clone, Debug, Default)]
pub struct Body {
    pub attributes: Vec<Attribute>,
    pub blocks: Vec<Block>,
}

impl Body {
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    pub fn blocks_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }
}

/// `name = expr`.
#[derive(Clone, Debug)]
pub struct Attribute {
    pub name: String,
    pub expr: Expr,
    /// From the start of the name to the end of the value.
    pub span: Span,
}

/// `kind "label" "label" { body }`.
#[derive(Clone, Debug)]
pub struct Block {
    pub kind: String,
    pub labels: Vec<String>,
    pub body: Body,
    /// From the block type keyword to the closing brace.
    pub span: Span,
}

/// An expression with its span.
#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Null,
    Bool(bool),
    Number(f64),
    /// A string with no interpolation.
    String(Arc<str>),
    Tuple(Vec<Expr>),
    Object(Vec<(ObjectKey, Expr)>),
    /// A string or heredoc with interpolations or directives; strip markers already applied.
    Template(Vec<TemplatePart>),
    /// A bare name: `var`, `local`, `aws_s3_bucket`, `count`, a for-expression variable.
    Variable(Arc<str>),
    Traversal(Box<Expr>, Vec<Operator>),
    Call(Box<Call>),
    Conditional(Box<(Expr, Expr, Expr)>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<(Expr, Expr)>),
    For(Box<ForExpr>),
    Parenthesis(Box<Expr>),
}

#[derive(Clone, Debug)]
pub enum ObjectKey {
    /// A bare identifier key, which is the literal string.
    Ident(Arc<str>),
    Expr(Expr),
}

#[derive(Clone, Debug)]
pub enum Operator {
    GetAttr(Arc<str>),
    Index(Expr),
    /// `.*`
    AttrSplat,
    /// `[*]`
    FullSplat,
}

#[derive(Clone, Debug)]
pub struct Call {
    /// `provider::aws::arn_parse` keeps its namespace as `provider::aws::`.
    pub name: String,
    pub args: Vec<Expr>,
    /// `f(list...)`
    pub expand_final: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Eq,
    NotEq,
    LessEq,
    GreaterEq,
    Less,
    Greater,
    Plus,
    Minus,
    Mul,
    Div,
    Mod,
    And,
    Or,
}

#[derive(Clone, Debug)]
pub struct ForExpr {
    pub key_var: Option<Arc<str>>,
    pub value_var: Arc<str>,
    pub collection: Expr,
    pub key_expr: Option<Expr>,
    pub value_expr: Expr,
    pub grouping: bool,
    pub cond: Option<Expr>,
}

#[derive(Clone, Debug)]
pub enum TemplatePart {
    Literal(String),
    Interpolation(Expr),
    If {
        cond: Expr,
        then: Vec<TemplatePart>,
        otherwise: Vec<TemplatePart>,
    },
    For {
        key_var: Option<Arc<str>>,
        value_var: Arc<str>,
        collection: Expr,
        body: Vec<TemplatePart>,
    },
}

impl Expr {
    /// True when the expression is a constant written in place (no reference, no call), so a
    /// fix may edit it without changing anything else.
    pub fn is_literal(&self) -> bool {
        match &self.kind {
            ExprKind::Null | ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::String(_) => true,
            ExprKind::Tuple(items) => items.iter().all(Expr::is_literal),
            ExprKind::Object(items) => items
                .iter()
                .all(|(k, v)| matches!(k, ObjectKey::Ident(_)) && v.is_literal()),
            ExprKind::Parenthesis(inner) => inner.is_literal(),
            ExprKind::Unary(UnaryOp::Neg, inner) => inner.is_literal(),
            ExprKind::Template(_)
            | ExprKind::Variable(_)
            | ExprKind::Traversal(..)
            | ExprKind::Call(_)
            | ExprKind::Conditional(_)
            | ExprKind::Unary(..)
            | ExprKind::Binary(..)
            | ExprKind::For(_) => false,
        }
    }

    /// The dotted reference this expression is, if it is a plain one: `var.x`,
    /// `aws_s3_bucket.b.id` (index steps are skipped).
    pub fn as_reference(&self) -> Option<Vec<&str>> {
        match &self.kind {
            ExprKind::Variable(name) => Some(vec![name]),
            ExprKind::Traversal(root, ops) => {
                let ExprKind::Variable(name) = &root.kind else {
                    return None;
                };
                let mut parts = vec![&**name];
                for op in ops {
                    if let Operator::GetAttr(a) = op {
                        parts.push(a);
                    }
                }
                Some(parts)
            }
            _ => None,
        }
    }
}
