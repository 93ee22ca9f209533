//! The condition language of procedure files.
//!
//! Small on purpose: no function calls beyond `answered(q)`, no arithmetic,
//! no loops, nothing that can run away. A condition reads answers and
//! literals and yields a boolean:
//!
//! ```text
//! a_recu_reponse == false and (niveau in ['college', 'lycee'] or not answered(date_refus))
//! montant > 0 and date_notification >= '2025-01-01'
//! ```
//!
//! - literals: `true`, `false`, numbers (`12`, `3.5`), text in single
//!   quotes (`'lycee'`, `''` for a quote inside);
//! - names: question ids (letters, digits, `_`, `-`, `.`);
//! - operators: `==`, `!=`, `<`, `<=`, `>`, `>=`, `in [..]`, `and`, `or`,
//!   `not`, parentheses; `answered(q)`.
//!
//! [`parse`] reports the first syntax error with its column; [`check`]
//! type-checks against the question types and reports every problem. An
//! unanswered question makes every comparison that reads it false.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::Value;

use crate::ProceduresError;

/// What a question's answer is, for type-checking conditions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueType {
    Bool,
    Text,
    Number,
    Date,
    /// One of a fixed set of option ids.
    Choice(Vec<String>),
}

impl ValueType {
    fn name(&self) -> &'static str {
        match self {
            ValueType::Bool => "yes/no",
            ValueType::Text => "text",
            ValueType::Number => "number",
            ValueType::Date => "date",
            ValueType::Choice(_) => "choice",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Bool(bool),
    Number(f64),
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A parsed condition. `column` fields are 1-based positions in the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Literal(Literal, usize),
    Name(String, usize),
    Answered(String, usize),
    Not(Box<Expr>, usize),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(CmpOp, Box<Expr>, Box<Expr>, usize),
    In(Box<Expr>, Vec<(Literal, usize)>, usize),
}

impl Expr {
    fn column(&self) -> usize {
        match self {
            Expr::Literal(_, c)
            | Expr::Name(_, c)
            | Expr::Answered(_, c)
            | Expr::Not(_, c)
            | Expr::Compare(.., c)
            | Expr::In(.., c) => *c,
            Expr::And(a, _) | Expr::Or(a, _) => a.column(),
        }
    }

    /// Every question id the condition reads (for dependency cycles).
    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_names(&mut out);
        out
    }

    fn collect_names<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Name(n, _) | Expr::Answered(n, _) => out.push(n),
            Expr::Literal(..) => {}
            Expr::Not(e, _) | Expr::In(e, ..) => e.collect_names(out),
            Expr::And(a, b) | Expr::Or(a, b) | Expr::Compare(_, a, b, _) => {
                a.collect_names(out);
                b.collect_names(out);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Number(f64),
    Text(String),
    Op(&'static str),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

fn err(column: usize, message: impl Into<String>) -> ProceduresError {
    ProceduresError::Condition {
        column,
        message: message.into(),
    }
}

fn tokenize(text: &str) -> Result<Vec<(Token, usize)>, ProceduresError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let col = i + 1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        if let Some(op) = ["==", "!=", "<=", ">="].into_iter().find(|op| *op == two) {
            out.push((Token::Op(op), col));
            i += 2;
            continue;
        }
        match c {
            '<' => out.push((Token::Op("<"), col)),
            '>' => out.push((Token::Op(">"), col)),
            '(' => out.push((Token::LParen, col)),
            ')' => out.push((Token::RParen, col)),
            '[' => out.push((Token::LBracket, col)),
            ']' => out.push((Token::RBracket, col)),
            ',' => out.push((Token::Comma, col)),
            '\'' => {
                let mut s = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err(err(col, "text not closed: missing '")),
                        Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                            s.push('\'');
                            i += 2;
                        }
                        Some('\'') => break,
                        Some(ch) => {
                            s.push(*ch);
                            i += 1;
                        }
                    }
                }
                out.push((Token::Text(s), col));
            }
            c if c.is_ascii_digit() => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let s: String = chars[start..i].iter().collect();
                let n = s
                    .parse()
                    .map_err(|_| err(col, format!("`{s}` is not a number")))?;
                out.push((Token::Number(n), col));
                continue;
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len()
                    && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | '-' | '.'))
                {
                    i += 1;
                }
                out.push((Token::Ident(chars[start..i].iter().collect()), col));
                continue;
            }
            '=' => return Err(err(col, "use `==` to compare")),
            other => return Err(err(col, format!("unexpected character `{other}`"))),
        }
        i += 1;
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    pos: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(t, _)| t)
    }

    fn column(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |(_, c)| *c)
    }

    fn next(&mut self) -> Option<(Token, usize)> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Ident(w)) if w == word)
    }

    fn expect(&mut self, want: Token, what: &str) -> Result<(), ProceduresError> {
        let col = self.column();
        match self.next() {
            Some((t, _)) if t == want => Ok(()),
            _ => Err(err(col, format!("expected {what}"))),
        }
    }

    fn or(&mut self) -> Result<Expr, ProceduresError> {
        let mut left = self.and()?;
        while self.keyword("or") {
            self.pos += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ProceduresError> {
        let mut left = self.not()?;
        while self.keyword("and") {
            self.pos += 1;
            left = Expr::And(Box::new(left), Box::new(self.not()?));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, ProceduresError> {
        if self.keyword("not") {
            let col = self.column();
            self.pos += 1;
            return Ok(Expr::Not(Box::new(self.not()?), col));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, ProceduresError> {
        let left = self.primary()?;
        let col = self.column();
        if let Some(Token::Op(op)) = self.peek().cloned() {
            self.pos += 1;
            let op = match op {
                "==" => CmpOp::Eq,
                "!=" => CmpOp::Ne,
                "<" => CmpOp::Lt,
                "<=" => CmpOp::Le,
                ">" => CmpOp::Gt,
                _ => CmpOp::Ge,
            };
            let right = self.primary()?;
            return Ok(Expr::Compare(op, Box::new(left), Box::new(right), col));
        }
        if self.keyword("in") {
            self.pos += 1;
            self.expect(Token::LBracket, "`[` after `in`")?;
            let mut items = Vec::new();
            loop {
                let c = self.column();
                match self.primary()? {
                    Expr::Literal(l, _) => items.push((l, c)),
                    _ => return Err(err(c, "only literals may appear in an `in [..]` list")),
                }
                if self.peek() == Some(&Token::Comma) {
                    self.pos += 1;
                    continue;
                }
                self.expect(Token::RBracket, "`,` or `]`")?;
                break;
            }
            return Ok(Expr::In(Box::new(left), items, col));
        }
        Ok(left)
    }

    fn primary(&mut self) -> Result<Expr, ProceduresError> {
        let col = self.column();
        match self.next() {
            Some((Token::LParen, _)) => {
                let e = self.or()?;
                self.expect(Token::RParen, "`)`")?;
                Ok(e)
            }
            Some((Token::Number(n), c)) => Ok(Expr::Literal(Literal::Number(n), c)),
            Some((Token::Text(s), c)) => Ok(Expr::Literal(Literal::Text(s), c)),
            Some((Token::Ident(w), c)) => match w.as_str() {
                "true" => Ok(Expr::Literal(Literal::Bool(true), c)),
                "false" => Ok(Expr::Literal(Literal::Bool(false), c)),
                "and" | "or" | "not" | "in" => {
                    Err(err(c, format!("`{w}` needs something before it")))
                }
                "answered" => {
                    self.expect(Token::LParen, "`(` after `answered`")?;
                    let qc = self.column();
                    let name = match self.next() {
                        Some((Token::Ident(n), _)) => n,
                        _ => return Err(err(qc, "expected a question id")),
                    };
                    self.expect(Token::RParen, "`)`")?;
                    Ok(Expr::Answered(name, c))
                }
                _ => Ok(Expr::Name(w, c)),
            },
            None => Err(err(col, "condition ends too early")),
            Some(_) => Err(err(col, "expected a value, a question id or `(`")),
        }
    }
}

/// Parses a condition; the first syntax error is reported with its column.
pub fn parse(text: &str) -> Result<Expr, ProceduresError> {
    let tokens = tokenize(text)?;
    let mut p = Parser {
        end: text.chars().count() + 1,
        tokens,
        pos: 0,
    };
    let e = p.or()?;
    if p.pos < p.tokens.len() {
        return Err(err(p.column(), "unexpected text after the condition"));
    }
    Ok(e)
}

fn literal_type(l: &Literal) -> ValueType {
    match l {
        Literal::Bool(_) => ValueType::Bool,
        Literal::Number(_) => ValueType::Number,
        Literal::Text(_) => ValueType::Text,
    }
}

/// Whether a literal fits a question type: option ids for choices, ISO
/// dates for dates.
fn literal_fits(l: &Literal, t: &ValueType) -> Result<(), String> {
    match (l, t) {
        (Literal::Text(s), ValueType::Choice(options)) => {
            if options.iter().any(|o| o == s) {
                Ok(())
            } else {
                Err(format!(
                    "'{s}' is not an option (options: {})",
                    options.join(", ")
                ))
            }
        }
        (Literal::Text(s), ValueType::Date) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(|_| ())
            .map_err(|_| format!("'{s}' is not a date (write 'YYYY-MM-DD')")),
        (l, t) if literal_type(l) == *t => Ok(()),
        (l, t) => Err(format!(
            "a {} cannot be compared with a {}",
            t.name(),
            literal_type(l).name()
        )),
    }
}

/// Type-checks a condition against the questions it may read; returns every
/// problem as (column, message).
pub fn check(expr: &Expr, questions: &BTreeMap<String, ValueType>) -> Vec<(usize, String)> {
    let mut problems = Vec::new();
    if let Some(t) = type_of(expr, questions, &mut problems)
        && t != ValueType::Bool
    {
        problems.push((
            expr.column(),
            format!("a condition must be yes/no, not {}", t.name()),
        ));
    }
    problems
}

fn type_of(
    e: &Expr,
    questions: &BTreeMap<String, ValueType>,
    problems: &mut Vec<(usize, String)>,
) -> Option<ValueType> {
    let need_bool = |e: &Expr, problems: &mut Vec<(usize, String)>| {
        if let Some(t) = type_of(e, questions, problems)
            && t != ValueType::Bool
        {
            problems.push((e.column(), format!("expected yes/no, found {}", t.name())));
        }
    };
    match e {
        Expr::Literal(l, _) => Some(literal_type(l)),
        Expr::Name(n, c) => match questions.get(n) {
            Some(t) => Some(t.clone()),
            None => {
                problems.push((*c, format!("unknown question `{n}`")));
                None
            }
        },
        Expr::Answered(n, c) => {
            if !questions.contains_key(n) {
                problems.push((*c, format!("unknown question `{n}`")));
            }
            Some(ValueType::Bool)
        }
        Expr::Not(inner, _) => {
            need_bool(inner, problems);
            Some(ValueType::Bool)
        }
        Expr::And(a, b) | Expr::Or(a, b) => {
            need_bool(a, problems);
            need_bool(b, problems);
            Some(ValueType::Bool)
        }
        Expr::Compare(op, a, b, c) => {
            let ta = type_of(a, questions, problems);
            let tb = type_of(b, questions, problems);
            match (&**a, &**b, ta, tb) {
                (_, Expr::Literal(l, lc), Some(t), _) | (Expr::Literal(l, lc), _, _, Some(t)) => {
                    if let Err(m) = literal_fits(l, &t) {
                        problems.push((*lc, m));
                    }
                    if matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge)
                        && !matches!(t, ValueType::Number | ValueType::Date)
                    {
                        problems.push((
                            *c,
                            format!("only numbers and dates can be ordered, not {}", t.name()),
                        ));
                    }
                }
                (_, _, Some(ta), Some(tb)) if ta.name() != tb.name() => {
                    problems.push((
                        *c,
                        format!("a {} cannot be compared with a {}", ta.name(), tb.name()),
                    ));
                }
                _ => {}
            }
            Some(ValueType::Bool)
        }
        Expr::In(a, items, _) => {
            if let Some(t) = type_of(a, questions, problems) {
                for (l, lc) in items {
                    if let Err(m) = literal_fits(l, &t) {
                        problems.push((*lc, m));
                    }
                }
            }
            Some(ValueType::Bool)
        }
    }
}

/// Evaluates a checked condition against answers keyed by question id.
pub fn eval(e: &Expr, answers: &serde_json::Map<String, Value>) -> bool {
    match e {
        Expr::Literal(Literal::Bool(b), _) => *b,
        Expr::Literal(..) => false,
        Expr::Name(n, _) => answers.get(n) == Some(&Value::Bool(true)),
        Expr::Answered(n, _) => answers
            .get(n)
            .is_some_and(|v| !v.is_null() && v != &Value::String(String::new())),
        Expr::Not(inner, _) => !eval(inner, answers),
        Expr::And(a, b) => eval(a, answers) && eval(b, answers),
        Expr::Or(a, b) => eval(a, answers) || eval(b, answers),
        Expr::Compare(op, a, b, _) => {
            let (Some(x), Some(y)) = (value(a, answers), value(b, answers)) else {
                return false;
            };
            match compare(&x, &y) {
                Some(ord) => match op {
                    CmpOp::Eq => ord.is_eq(),
                    CmpOp::Ne => ord.is_ne(),
                    CmpOp::Lt => ord.is_lt(),
                    CmpOp::Le => ord.is_le(),
                    CmpOp::Gt => ord.is_gt(),
                    CmpOp::Ge => ord.is_ge(),
                },
                None => false,
            }
        }
        Expr::In(a, items, _) => value(a, answers).is_some_and(|x| {
            items
                .iter()
                .any(|(l, _)| compare(&x, &literal_value(l)).is_some_and(|o| o.is_eq()))
        }),
    }
}

fn literal_value(l: &Literal) -> Value {
    match l {
        Literal::Bool(b) => Value::Bool(*b),
        Literal::Number(n) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
        Literal::Text(s) => Value::String(s.clone()),
    }
}

fn value(e: &Expr, answers: &serde_json::Map<String, Value>) -> Option<Value> {
    match e {
        Expr::Literal(l, _) => Some(literal_value(l)),
        Expr::Name(n, _) => answers.get(n).filter(|v| !v.is_null()).cloned(),
        other => Some(Value::Bool(eval(other, answers))),
    }
}

/// Same-kind values only; ISO dates compare as text, which is their order.
fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(y)),
        (Value::Number(x), Value::Number(y)) => x.as_f64()?.partial_cmp(&y.as_f64()?),
        (Value::String(x), Value::String(y)) => Some(x.cmp(y)),
        _ => None,
    }
}
