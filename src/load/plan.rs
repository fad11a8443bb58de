use crate::model::Instance;
pub struct Plan {
    pub instances: Vec<Instance>,
}
pub struct PlanError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}
pub fn load_plan(_t: &str) -> Result<Plan, PlanError> {
    Ok(Plan { instances: vec![] })
}
pub fn strip_keys(a: &str) -> String {
    a.to_string()
}
